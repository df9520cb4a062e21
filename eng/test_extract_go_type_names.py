"""Tests of eng/extract-go-type-names.py on a small Go package and CRD written here (no upstream code).

Run: python3 -m unittest discover -s eng -p 'test_*.py'
"""

import contextlib
import importlib.util
import io
import os
import sys
import tempfile
import textwrap
import unittest

import yaml

_SPEC = importlib.util.spec_from_file_location(
    "extract_go_type_names", os.path.join(os.path.dirname(os.path.abspath(__file__)), "extract-go-type-names.py"))
extract_go_type_names = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = extract_go_type_names
_SPEC.loader.exec_module(extract_go_type_names)

EG = "github.com/envoyproxy/gateway/api/v1alpha1"
GWAPI = "sigs.k8s.io/gateway-api/apis/v1"
META = "k8s.io/apimachinery/pkg/apis/meta/v1"

WIDGET_GO = """\
package v1alpha1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	gwapiv1 "sigs.k8s.io/gateway-api/apis/v1"
)

// Widget is a kind. /* not a comment end */
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec WidgetSpec `json:"spec"`
}

type (
	WidgetSpec struct {
		Targets          // embedded without a tag: not serialised
		TargetList `json:",inline"`
		Unit       *Unit             `json:"unit,omitempty"`
		Limits     []Limit           `json:"limits,omitempty"`
		ByName     map[string]*Limit `json:"byName,omitempty"`
		Timeout    *gwapiv1.Duration `json:"timeout,omitempty"`
		Section    AliasedSection    `json:"section,omitempty"`
		Internal   string            `json:"-"`
		Raw        []byte            `json:"raw,omitempty"`
		Plain, Other string `json:"plain"`
	}
	Unit string
)

type AliasedSection = gwapiv1.SectionName

type TargetList struct {
	TargetRefs []gwapiv1.LocalObjectReference `json:"targetRefs"`
}

type Targets struct{ Ignored string }

type Limit struct {
	Requests uint `json:"requests"`
	Unit     Unit `json:"unit"`
}

func (w *Widget) Name() string { type local struct{ X int }; return "widget" }
"""

GWAPI_GO = """\
package v1

type Duration string
type SectionName string
type LocalObjectReference struct {
	Group string `json:"group"`
	Name  ObjectName `json:"name"`
}
type ObjectName string
"""

META_GO = """\
package v1

type TypeMeta struct {
	Kind       string `json:"kind,omitempty"`
	APIVersion string `json:"apiVersion,omitempty"`
}
type ObjectMeta struct {
	Name string `json:"name,omitempty"`
}
"""


def crd(spec_properties: dict) -> dict:
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.gateway.envoyproxy.io"},
        "spec": {
            "group": "gateway.envoyproxy.io",
            "names": {"kind": "Widget"},
            "versions": [
                {"name": "v1alpha1", "served": True, "schema": {"openAPIV3Schema": {
                    "type": "object",
                    "properties": {
                        "apiVersion": {"type": "string"},
                        "kind": {"type": "string"},
                        "metadata": {"type": "object"},
                        "spec": {"type": "object", "properties": spec_properties},
                    }}}},
                {"name": "v1alpha0", "served": False, "schema": {"openAPIV3Schema": {"type": "object"}}},
            ],
        },
    }


FULL_SPEC = {
    "targetRefs": {"type": "array", "items": {"type": "object", "properties": {
        "group": {"type": "string"}, "name": {"type": "string"}}}},
    "unit": {"type": "string", "enum": ["Second"]},
    "limits": {"type": "array", "items": {"type": "object", "properties": {
        "requests": {"type": "integer"}, "unit": {"type": "string"}}}},
    "byName": {"type": "object", "additionalProperties": {"type": "object", "properties": {
        "requests": {"type": "integer"}}}},
    "timeout": {"type": "string"},
    "section": {"type": "string"},
    "raw": {"type": "string", "format": "byte"},
    "plain": {"type": "string"},
}


class ExtractTest(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.TemporaryDirectory()
        root = self.directory.name
        files = {
            "eg/api/v1alpha1/widget_types.go": WIDGET_GO,
            "eg/api/v1alpha1/widget_test.go": "package v1alpha1\n\ntype Widget struct{}\n",
            "gwapi/apis/v1/types.go": GWAPI_GO,
            "apimachinery/pkg/apis/meta/v1/types.go": META_GO,
        }
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), "w", encoding="utf-8") as stream:
                stream.write(text)
        self.crds = os.path.join(root, "crds")
        os.makedirs(self.crds)
        self.sources = {
            "envoy-gateway": extract_go_type_names.GoSource(os.path.join(root, "eg")),
            "gateway-api": extract_go_type_names.GoSource(os.path.join(root, "gwapi")),
            "k8s-apimachinery": extract_go_type_names.GoSource(os.path.join(root, "apimachinery")),
        }
        self.universe = extract_go_type_names.GoUniverse(self.sources)

    def tearDown(self):
        self.directory.cleanup()

    def extract(self, spec_properties: dict):
        with open(os.path.join(self.crds, "widgets.yaml"), "w", encoding="utf-8") as stream:
            yaml.safe_dump(crd(spec_properties), stream)
        return extract_go_type_names.extract(self.crds, self.universe)

    def test_names_every_node_through_pointers_slices_maps_inline_and_aliases(self):
        rows, inline_rows, reports = self.extract(FULL_SPEC)
        key = ("widgets.gateway.envoyproxy.io", "v1alpha1")
        self.assertEqual(
            [row[2:] for row in rows],
            [
                (".", f"{EG}.Widget"),
                (".metadata", f"{META}.ObjectMeta"),
                (".spec", f"{EG}.WidgetSpec"),
                (".spec.byName{}", f"{EG}.Limit"),
                (".spec.limits[]", f"{EG}.Limit"),
                (".spec.limits[].unit", f"{EG}.Unit"),
                (".spec.section", f"{GWAPI}.SectionName"),
                (".spec.targetRefs[]", f"{GWAPI}.LocalObjectReference"),
                (".spec.targetRefs[].name", f"{GWAPI}.ObjectName"),
                (".spec.timeout", f"{GWAPI}.Duration"),
                (".spec.unit", f"{EG}.Unit"),
            ])
        self.assertTrue(all(row[:2] == key for row in rows))
        self.assertEqual([row[2:] for row in inline_rows],
                         [(".", f"{META}.TypeMeta"), (".spec", f"{EG}.TargetList")])
        self.assertEqual(len(reports), 1, "only the served version is mapped")
        report = reports[0]
        self.assertEqual((report.mapped, report.total, report.unmapped, report.problems), (5, 5, [], []))
        self.assertEqual((report.named_enums, report.enums), (1, 1))

    def test_reports_object_nodes_and_properties_no_go_field_produced(self):
        spec = dict(FULL_SPEC)
        spec["extra"] = {"type": "object", "properties": {"x": {"type": "string"}}}
        _, _, reports = self.extract(spec)
        report = reports[0]
        self.assertEqual(report.unmapped, [".spec.extra"])
        self.assertEqual((report.mapped, report.total), (5, 6))
        self.assertIn("schema property without Go field .spec: extra", report.problems)

    def test_a_release_with_an_unmapped_object_node_is_not_complete(self):
        out = os.path.join(self.directory.name, "out")
        printed = io.StringIO()
        self.extract(FULL_SPEC)
        with contextlib.redirect_stdout(printed):
            _, complete, rows, mapped, total = extract_go_type_names.run_release(
                "test", self.crds, self.sources, out, check=False, verbose=False)
        self.assertEqual((complete, rows, mapped, total), (True, 11, 5, 5))
        self.extract(dict(FULL_SPEC, extra={"type": "object", "properties": {"x": {"type": "string"}}}))
        with contextlib.redirect_stdout(printed):
            _, complete, _, mapped, total = extract_go_type_names.run_release(
                "test", self.crds, self.sources, out, check=False, verbose=False)
        self.assertEqual((complete, mapped, total), (False, 5, 6))
        self.assertIn("unmapped object node .spec.extra", printed.getvalue())

    def test_reports_go_fields_the_schema_lacks_as_notes(self):
        spec = {name: node for name, node in FULL_SPEC.items() if name != "timeout"}
        rows, _, reports = self.extract(spec)
        self.assertNotIn(".spec.timeout", [row[2] for row in rows])
        self.assertEqual(reports[0].notes, ["Go field not in the schema .spec.byName{}: unit",
                                            "Go field not in the schema .spec: timeout"])

    def test_a_kind_without_a_go_type_is_a_problem_not_a_crash(self):
        document = crd(FULL_SPEC)
        document["spec"]["names"]["kind"] = "Gadget"
        with open(os.path.join(self.crds, "widgets.yaml"), "w", encoding="utf-8") as stream:
            yaml.safe_dump(document, stream)
        rows, _, reports = extract_go_type_names.extract(self.crds, self.universe)
        self.assertEqual(rows, [])
        self.assertEqual(reports[0].problems, ["no Go type Gadget for group gateway.envoyproxy.io version v1alpha1"])
        self.assertEqual(reports[0].mapped, 0)

    def test_tokenizer_inserts_semicolons_like_go(self):
        tokens = extract_go_type_names.tokenize("type A struct {\n\tB int // c\n}\n")
        self.assertEqual([value for _, value in tokens],
                         ["type", "A", "struct", "{", "B", "int", ";", "}", ";"])

    def test_writes_a_header_and_lf_lines_and_check_mode_detects_drift(self):
        rows, _, _ = self.extract(FULL_SPEC)
        path = os.path.join(self.directory.name, "out", "go-type-names.tsv")
        text = extract_go_type_names.render(rows)
        self.assertFalse(extract_go_type_names.write_or_check(path, text, check=True))
        self.assertFalse(os.path.exists(path), "check mode writes nothing")
        extract_go_type_names.write_or_check(path, text, check=False)
        with open(path, "rb") as stream:
            written = stream.read()
        self.assertTrue(written.startswith(b"crd\tversion\tpath\tgoType\n"))
        self.assertNotIn(b"\r", written)
        self.assertTrue(extract_go_type_names.write_or_check(path, text, check=True))


if __name__ == "__main__":
    unittest.main()

#!/usr/bin/env python3
"""Rebuild tests/Fixtures/upstream/ from Envoy Gateway's and Gateway API's public git history.

Test data only: it copies documents and expected results out of the upstream repositories
(both Apache-2.0) into fixtures; no upstream code is committed.

    python3 eng/extract-upstream-fixtures.py \
        --envoy-gateway-git /work/.mirror/envoyproxy+gateway/repo \
        --gateway-api-git /work/.mirror/kubernetes-sigs+gateway-api/repo \
        --crds ../shared/reference/envoy-gateway \
        [corpus] [status-oracle] [cel-oracle]        (default: all three)

The git directories may be bare (only `git --git-dir=... show/ls-tree` is used). `--crds` is the folder
with one `<release>/crds/` per release (the CRDs the release's Helm chart ships); the corpus is
classified against them. Needs python3 with PyYAML only.
"""

import argparse
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_ROOT = os.path.join(REPO_ROOT, "tests", "Fixtures", "upstream")

# Release folder name -> commit of its tag in envoyproxy/gateway (checked against the tag when run).
RELEASES = collections.OrderedDict([
    ("v0.6.0", "2495007604037ca1ecb439cf110abcf11e97aaee"),
    ("v1.0.2", "8cf16eec9eb5eaada1d978550f32855719d2a00d"),
    ("v1.1.4", "127d356fc352ee974feba88670715155ef5e93b5"),
    ("v1.2.8", "5ccc8ad378db3bd2131a32f2d2e4db8d47b7295a"),
    ("v1.3.3", "34c134d24462ebcbcc4b235539683193fd3af94d"),
    ("v1.4.6", "c4da4d522a79799ac892704cb2d09152b14871ac"),
    ("v1.5.9", "a9cb2eff0482ec58906384d4a01e078e61a1b9c9"),
    ("v1.6.7", "bdb5efd61007dde496621ef0238a3b3bb81a92fb"),
    ("v1.7.5", "c038192c87574a0a3d04794ce2ec4d9849471b2e"),
    ("v1.8.3", "94850d4323922cba7c67b5b5ad23de9c715f8048"),
    ("v1.9.0", "39763b1c07ec30a5526fe70434a2cfe4181de642"),
])
ORACLE_RELEASE = "v1.9.0"
GATEWAY_API_CEL_TAG = "v1.6.1"  # the Gateway API release bundled with Envoy Gateway v1.9.0

ENVOY_GATEWAY_GROUP = "gateway.envoyproxy.io"
ENVOY_GATEWAY_KINDS = {
    "BackendTrafficPolicy", "ClientTrafficPolicy", "SecurityPolicy", "EnvoyExtensionPolicy",
    "EnvoyPatchPolicy", "EnvoyProxy", "Backend", "HTTPRouteFilter",
}
GATEWAY_API_GROUPS = {"gateway.networking.k8s.io", "gateway.networking.x-k8s.io"}
POLICY_KINDS = ENVOY_GATEWAY_KINDS - {"EnvoyProxy", "Backend", "HTTPRouteFilter"} | {"BackendTLSPolicy"}

# Fields of ObjectMeta (a CRD schema only says `metadata: {type: object}`; the API server knows these).
OBJECT_META_FIELDS = {
    "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
    "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations",
    "ownerReferences", "finalizers", "managedFields",
}


class Git:
    def __init__(self, git_dir):
        self.git_dir = git_dir

    def run(self, *args):
        return subprocess.run(["git", "--git-dir=" + self.git_dir, *args],
                              capture_output=True, check=True).stdout

    def commit_of(self, tag):
        return self.run("rev-parse", tag + "^{commit}").decode().strip()

    def files(self, tag, under):
        out = self.run("ls-tree", "-r", "--name-only", tag, "--", under).decode()
        return sorted(p for p in out.split("\n") if p)

    def show(self, tag, path):
        return self.run("show", "%s:%s" % (tag, path))


def sha(data):
    return hashlib.sha256(data).hexdigest()[:16]


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_json(path, value):
    write_bytes(path, (json.dumps(value, indent=1, sort_keys=False, ensure_ascii=False) + "\n").encode())


def split_api_version(api_version):
    if not isinstance(api_version, str):
        return "", ""
    if "/" in api_version:
        group, version = api_version.rsplit("/", 1)
        return group, version
    return "", api_version


def is_modelled(kind, api_version):
    group, _ = split_api_version(api_version)
    return (group == ENVOY_GATEWAY_GROUP and kind in ENVOY_GATEWAY_KINDS) or group in GATEWAY_API_GROUPS


# ---------------------------------------------------------------------------------------------------
# CRD schemas: which (group, kind, version) a release serves, and the fields its schema knows.

class ReleaseSchemas:
    def __init__(self, crd_dir):
        self.served = {}  # (group, kind) -> {version: openAPIV3Schema}
        for name in sorted(os.listdir(crd_dir)):
            if not name.endswith(".yaml"):
                continue
            with open(os.path.join(crd_dir, name), "rb") as f:
                for doc in yaml.load_all(f, Loader=yaml.CSafeLoader):
                    if not doc or doc.get("kind") != "CustomResourceDefinition":
                        continue
                    spec = doc["spec"]
                    key = (spec["group"], spec["names"]["kind"])
                    for v in spec["versions"]:
                        if v.get("served"):
                            self.served.setdefault(key, {})[v["name"]] = v["schema"]["openAPIV3Schema"]

    def classify(self, kind, api_version, document):
        """Returns (verdict, detail): storable | unserved-version | unknown-field."""
        group, version = split_api_version(api_version)
        versions = self.served.get((group, kind))
        if not versions:
            return "unserved-version", "kind %s of group %s is not served by the release's CRDs" % (kind, group)
        if version not in versions:
            return "unserved-version", "%s %s is not served (served: %s)" % (
                api_version, kind, ", ".join(sorted(versions)))
        unknown = []
        unknown_fields(versions[version], document, "", unknown, root=True)
        if unknown:
            return "unknown-field", ", ".join(unknown)
        return "storable", ""


def unknown_fields(schema, value, path, found, root=False):
    """Collects the paths of fields that the structural schema does not declare (what pruning or
    strict field validation would drop or refuse)."""
    if isinstance(value, dict):
        if schema.get("x-kubernetes-preserve-unknown-fields") and not schema.get("properties"):
            return
        properties = schema.get("properties", {})
        additional = schema.get("additionalProperties")
        embedded = root or schema.get("x-kubernetes-embedded-resource")
        for key, child in value.items():
            child_path = "%s.%s" % (path, key) if path else str(key)
            if embedded and key in ("apiVersion", "kind"):
                continue
            if embedded and key == "metadata" and isinstance(child, dict):
                for meta_key in child:
                    if meta_key not in OBJECT_META_FIELDS:
                        found.append("metadata.%s" % meta_key if root else "%s.%s" % (child_path, meta_key))
                continue
            if key in properties:
                unknown_fields(properties[key], child, child_path, found)
            elif isinstance(additional, dict):
                unknown_fields(additional, child, child_path, found)
            elif additional is True or schema.get("x-kubernetes-preserve-unknown-fields"):
                continue
            else:
                found.append(child_path)
    elif isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, dict):
            for i, item in enumerate(value):
                unknown_fields(items, item, "%s[%d]" % (path, i), found)


# ---------------------------------------------------------------------------------------------------
# Issue 10: the corpus of every modelled document, per release.

def item_text(text, node, value):
    """The source text of one item of a top-level list, dedented into a document of its own;
    falls back to a YAML dump when the slice does not read back to the same value."""
    start, end = node.start_mark, node.end_mark
    column = start.column
    body = (" " * column + text[start.index:end.index]).rstrip() + "\n"
    lines = []
    for line in body.split("\n"):
        if not line[:column].strip():
            lines.append(line[column:])
        elif line.lstrip().startswith("#"):  # a comment less indented than the item, e.g. before the next item
            lines.append(line.lstrip())
        else:
            lines = None
            break
    if lines is not None:
        while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
            lines.pop()  # trailing comments belong to the next item
        lines.append("")
        candidate = "\n".join(lines)
        try:
            if yaml.load(candidate, Loader=yaml.CSafeLoader) == value:
                return candidate, "source"
        except yaml.YAMLError:
            pass
    return yaml.safe_dump(value, sort_keys=False, default_flow_style=False), "dump"


def construct(node):
    """The Python value of a composed YAML node (what yaml.safe_load gives for it)."""
    return yaml.constructor.SafeConstructor().construct_document(node)


def testdata_documents(text):
    """Yields (index, line, value, document text, text origin) for every document of a translator
    test input (`*.in.yaml`: a mapping of lists such as `gateways:`, or single documents such as
    `envoyProxyForGatewayClass:`)."""
    root = yaml.compose(text, Loader=yaml.CSafeLoader)
    if root is None or not isinstance(root, yaml.MappingNode):
        return
    for key_node, value_node in root.value:
        key = key_node.value
        if isinstance(value_node, yaml.SequenceNode):
            entries = [("%s[%d]" % (key, i), n) for i, n in enumerate(value_node.value)]
        else:
            entries = [(key, value_node)]
        for index, node in entries:
            value = construct(node)
            if not isinstance(value, dict) or "kind" not in value:
                continue
            doc_text, origin = item_text(text, node, value)
            yield index, node.start_mark.line + 1, value, doc_text, origin


def stream_documents(text):
    """Yields (index, line, value) for every non-empty document of a YAML stream."""
    index = 0
    for node in yaml.compose_all(text, Loader=yaml.CSafeLoader):
        if node is not None:
            value = construct(node)
            yield index, node.start_mark.line + 1, value
        index += 1


def corpus_sources(git, tag):
    testdata = [p for p in git.files(tag, "internal/gatewayapi/testdata/")
                if re.fullmatch(r"internal/gatewayapi/testdata/[^/]+\.in\.yaml", p)]
    streams = [p for p in git.files(tag, "test/e2e/testdata/") + git.files(tag, "examples/")
               if p.endswith((".yaml", ".yml"))]
    return testdata, streams


def extract_corpus(eg, crd_root, releases):
    out = os.path.join(OUT_ROOT, "envoy-gateway-corpus")
    for sub in ("documents", "streams"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    rows, skipped, sources = [], [], {}
    for release in releases:
        commit = eg.commit_of(release)
        if commit != RELEASES[release]:
            sys.exit("tag %s is %s, expected %s" % (release, commit, RELEASES[release]))
        schemas = ReleaseSchemas(os.path.join(crd_root, release, "crds"))
        testdata, streams = corpus_sources(eg, release)
        sources[release] = {"commit": commit, "testdata": len(testdata), "streams": len(streams)}

        def add(path, index, line, value, blob):
            kind, api_version = value.get("kind"), value.get("apiVersion")
            metadata = value.get("metadata") if isinstance(value.get("metadata"), dict) else {}
            if is_modelled(kind, api_version):
                verdict, detail = schemas.classify(kind, api_version, value)
            else:
                verdict, detail = "not-modelled", ""
            rows.append([release, path, index, line, kind or "", api_version or "",
                         str(metadata.get("namespace", "")), str(metadata.get("name", "")),
                         blob, verdict, detail])

        for path in testdata:
            text = eg.show(release, path).decode()
            for index, line, value, doc_text, origin in testdata_documents(text):
                if not is_modelled(value.get("kind"), value.get("apiVersion")):
                    continue
                data = doc_text.encode()
                blob = "documents/%s.yaml" % sha(data)
                write_bytes(os.path.join(out, blob), data)
                add(path, index, line, value, blob)
                if origin != "source":
                    skipped.append([release, path, index, "document text re-dumped (source slice did not read back)"])
        for path in streams:
            data = eg.show(release, path)
            try:
                documents = list(stream_documents(data.decode()))
            except (yaml.YAMLError, UnicodeDecodeError) as error:
                skipped.append([release, path, "", "not YAML: %s" % str(error).split("\n")[0]])
                continue
            if not any(isinstance(v, dict) and is_modelled(v.get("kind"), v.get("apiVersion"))
                       for _, _, v in documents):
                continue
            blob = "streams/%s.yaml" % sha(data)
            write_bytes(os.path.join(out, blob), data)
            for index, line, value in documents:
                if isinstance(value, dict):
                    add(path, index, line, value, blob)
                elif value is not None:  # None: a document of comments only
                    skipped.append([release, path, index, "document is not a mapping"])

    header = ["release", "source", "index", "line", "kind", "apiVersion", "namespace", "name",
              "file", "verdict", "detail"]
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in row) + "\n")
    with open(os.path.join(out, "skipped.tsv"), "w", encoding="utf-8") as f:
        f.write("release\tsource\tindex\treason\n")
        for row in skipped:
            f.write("\t".join(str(c) for c in row) + "\n")
    counts = corpus_counts(rows)
    write_json(os.path.join(out, "counts.json"), {"sources": sources, "counts": counts})
    write_counts_table(os.path.join(out, "COUNTS.md"), counts)
    return rows, counts


def write_counts_table(path, counts):
    """COUNTS.md: documents per release and kind as `total (storable / unknown-field / unserved-version)`."""
    releases = list(counts)
    kinds = sorted({k for per_kind in counts.values() for k in per_kind if k != "*"}) + ["*"]
    lines = [
        "# Documents of modelled kinds per release (generated by eng/extract-upstream-fixtures.py)",
        "",
        "Cell: `total = storable + unknown-field + unserved-version`; `-`: none at that tag. "
        "`*`: all kinds. Sources: translator test data, e2e test data and examples together "
        "(per-origin counts in counts.json).",
        "",
        "| kind | " + " | ".join(releases) + " |",
        "|---|" + "---|" * len(releases),
    ]
    for kind in kinds:
        cells = []
        for release in releases:
            c = counts[release].get(kind)
            cells.append("-" if not c else "%d = %d + %d + %d" % (
                c["total"], c.get("storable", 0), c.get("unknown-field", 0), c.get("unserved-version", 0)))
        lines.append("| %s | %s |" % ("all kinds" if kind == "*" else kind, " | ".join(cells)))
    write_bytes(path, ("\n".join(lines) + "\n").encode())


def corpus_counts(rows):
    """Per release and kind: modelled documents by verdict, split by origin (translator test data,
    e2e test data, examples)."""
    counts = collections.OrderedDict()
    for release, path, _, _, kind, _, _, _, _, verdict, _ in rows:
        if verdict == "not-modelled":
            continue
        origin = ("testdata" if path.startswith("internal/") else
                  "e2e" if path.startswith("test/") else "examples")
        per_kind = counts.setdefault(release, collections.OrderedDict())
        for k in (kind, "*"):
            entry = per_kind.setdefault(k, collections.Counter())
            entry[verdict] += 1
            entry["total"] += 1
            entry[origin] += 1
    return {r: {k: dict(v) for k, v in sorted(kinds.items())} for r, kinds in counts.items()}


# ---------------------------------------------------------------------------------------------------
# Issue 12: translator inputs with the policy statuses the translator computed.

# What internal/gatewayapi/translator_test.go (v1.9.0) sets for a case that its testCasesConfig
# table does not name; a named case takes the table's values (unset fields false).
DEFAULT_TRANSLATOR_SETTINGS = {
    "EnvoyPatchPolicyEnabled": True, "BackendEnabled": True, "GatewayNamespaceMode": False,
    "RunningOnHost": False, "LuaEnvoyExtensionPolicyDisabled": False, "SDSEnabled": False,
    "PerResourceSystemCASecret": False,
}


def translator_settings_table(go_source):
    """Per named case, the translator flags of translator_test.go's testCasesConfig table."""
    match = re.search(r"testCasesConfig := \[\]struct \{.*?\n\t\}\{\n(.*?)\n\t\}\n", go_source, re.S)
    if not match:
        sys.exit("translator_test.go: testCasesConfig table not found")
    table = {}
    for entry in re.finditer(r"\{\s*name:\s*\"([^\"]+)\",(.*?)\}", match.group(1), re.S):
        flags = dict(re.findall(r"(\w+):\s*(true|false)", entry.group(2)))
        unknown = set(flags) - set(DEFAULT_TRANSLATOR_SETTINGS)
        if unknown:
            sys.exit("translator_test.go: unknown translator flags %s" % sorted(unknown))
        table[entry.group(1)] = {k: flags.get(k) == "true" for k in DEFAULT_TRANSLATOR_SETTINGS}
    return table


def conditions_of(status):
    return [{k: c.get(k) for k in ("type", "status", "reason", "message")}
            for c in (status or {}).get("conditions") or []]


def statuses(in_value, out_value):
    """Per case: every policy of the input with its conditions per ancestor from the output
    (`inOutput: false` when the translator wrote no status for it), the routes' conditions per
    parent, and the Gateways' and listeners' conditions."""
    policies, routes, gateways = collections.OrderedDict(), [], []
    for value, in_output in ((in_value, False), (out_value, True)):
        seen = collections.Counter()  # a case may declare two policies of one name: keep both
        for key, items in (value or {}).items():
            if not isinstance(items, list):
                continue
            for item in items:
                if not isinstance(item, dict):
                    continue
                metadata = item.get("metadata") or {}
                identity = (item.get("kind"), metadata.get("namespace"), metadata.get("name"))
                status = item.get("status") or {}
                if item.get("kind") in POLICY_KINDS or (in_output and "ancestors" in status):
                    seen[identity] += 1
                    entry = policies.setdefault(identity + (seen[identity],), {
                        "kind": identity[0], "namespace": identity[1], "name": identity[2],
                        "inOutput": False, "ancestors": []})
                    if in_output:
                        entry["inOutput"] = True
                        entry["ancestors"] = [
                            {"ancestorRef": a.get("ancestorRef"), "controllerName": a.get("controllerName"),
                             "conditions": conditions_of(a)}
                            for a in status.get("ancestors") or []]
                elif in_output and "parents" in status:
                    routes.append({
                        "kind": identity[0], "namespace": identity[1], "name": identity[2],
                        "parents": [{"parentRef": p.get("parentRef"), "conditions": conditions_of(p)}
                                    for p in status.get("parents") or []]})
                elif in_output and identity[0] == "Gateway":
                    gateways.append({
                        "namespace": identity[1], "name": identity[2], "conditions": conditions_of(status),
                        "listeners": [{"name": listener.get("name"), "attachedRoutes": listener.get("attachedRoutes"),
                                       "conditions": conditions_of(listener)}
                                      for listener in status.get("listeners") or []]})
    return list(policies.values()), routes, gateways


def extract_status_oracle(eg):
    release = ORACLE_RELEASE
    commit = eg.commit_of(release)
    if commit != RELEASES[release]:
        sys.exit("tag %s is %s, expected %s" % (release, commit, RELEASES[release]))
    out = os.path.join(OUT_ROOT, "envoy-gateway-translator-%s" % release)
    for sub in ("in", "base"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    prefix = "internal/gatewayapi/testdata/"
    files = set(eg.files(release, prefix))
    inputs = sorted(p for p in files if re.fullmatch(re.escape(prefix) + r"[^/]+\.in\.yaml", p))
    settings = translator_settings_table(eg.show(release, "internal/gatewayapi/translator_test.go").decode())
    write_bytes(os.path.join(out, "base", "base.yaml"), eg.show(release, prefix + "base/base.yaml"))
    cases = []
    for path in inputs:
        name = path[len(prefix):-len(".in.yaml")]
        data = eg.show(release, path)
        write_bytes(os.path.join(out, "in", name + ".in.yaml"), data)
        in_value = yaml.load(data, Loader=yaml.CSafeLoader)
        out_path = prefix + name + ".out.yaml"
        out_value = yaml.load(eg.show(release, out_path), Loader=yaml.CSafeLoader) if out_path in files else None
        policies, routes, gateways = statuses(in_value, out_value)
        case = {"case": name, "in": "in/%s.in.yaml" % name, "out": out_path if out_value is not None else None}
        if name in settings:
            case["translatorSettings"] = settings[name]
        case.update({"policies": policies, "routes": routes, "gateways": gateways})
        cases.append(case)
    with open(os.path.join(out, "statuses.jsonl"), "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")
    summary = status_summary(cases)
    write_json(os.path.join(out, "summary.json"), summary)
    return cases, summary


def status_summary(cases):
    """Policies per kind by their Accepted condition (every ancestor agreeing, or `mixed`)."""
    summary = collections.OrderedDict()
    for case in cases:
        for policy in case["policies"]:
            if not policy["inOutput"]:
                verdict = "no status (not in the output)"
            elif not policy["ancestors"]:
                verdict = "no status (no ancestors)"
            else:
                accepted = {(c["status"], c["reason"]) for a in policy["ancestors"]
                            for c in a["conditions"] if c["type"] == "Accepted"}
                verdict = ("Accepted=%s/%s" % next(iter(accepted)) if len(accepted) == 1 else
                           "mixed: " + ", ".join("%s/%s" % x for x in sorted(accepted)) if accepted else
                           "no Accepted condition")
            for kind in (policy["kind"], "*"):
                summary.setdefault(kind, collections.Counter())[verdict] += 1
    return {k: dict(sorted(v.items())) for k, v in sorted(summary.items())}


# ---------------------------------------------------------------------------------------------------
# Issue 11: API-validation test cases (Go) as YAML fixtures with their expected verdicts.

GATEWAY_API_PACKAGES = {  # folder at the tag -> Go import path
    "apis/v1/": "sigs.k8s.io/gateway-api/apis/v1",
    "apis/v1alpha2/": "sigs.k8s.io/gateway-api/apis/v1alpha2",
    "apis/v1alpha3/": "sigs.k8s.io/gateway-api/apis/v1alpha3",
    "apis/v1beta1/": "sigs.k8s.io/gateway-api/apis/v1beta1",
    "apisx/v1alpha1/": "sigs.k8s.io/gateway-api/apisx/v1alpha1",
}


def go_sources(git, tag, folder, tests):
    return [(p, git.show(tag, p).decode()) for p in git.files(tag, folder)
            if p.endswith(".go") and p.count("/") == folder.count("/") and p.endswith("_test.go") == tests]


def dump_yaml(value):
    return yaml.safe_dump(value, sort_keys=False, default_flow_style=False, allow_unicode=True, width=120)


def build_tags(sources):
    """Per test file, its `//go:build` constraint (Gateway API splits standard and experimental)."""
    tags = {}
    for path, src in sources:
        m = re.search(r"^//go:build (.+)$", src, re.M)
        tags[path] = m.group(1).strip() if m else None
    return tags


def write_cel_cases(out, repository, tag, commit, results, error_match, tags):
    shutil.rmtree(os.path.join(out, "objects"), ignore_errors=True)
    index, per_test = [], collections.Counter()
    summary = collections.OrderedDict()
    for r in results:
        n = per_test[r["test"]]
        per_test[r["test"]] += 1
        case_id = "%s-%03d" % (r["test"], n)
        entry = collections.OrderedDict([("id", case_id), ("source", r["file"]), ("test", r["test"]),
                                         ("case", r["case"])])
        if tags.get(r["file"]):
            entry["goBuild"] = tags[r["file"]]
        kind = r["objects"][-1]["kind"] if r["objects"] else None
        converted = r["error"] is None and kind is not None
        if converted:
            obj = r["objects"][-1]
            base = "objects/%s/%s" % (kind, case_id)
            entry.update([("kind", kind), ("apiVersion", obj["apiVersion"]), ("object", base + ".yaml")])
            write_bytes(os.path.join(out, base + ".yaml"), dump_yaml(obj).encode())
            phase = "create"
            if r["status"] is not None:
                phase = "status-update"
                with_status = dict(obj, status=r["status"])
                entry["statusObject"] = base + ".status.yaml"
                write_bytes(os.path.join(out, entry["statusObject"]), dump_yaml(with_status).encode())
            if r["updated"] is not None:
                phase = "update"
                entry["updatedObject"] = base + ".updated.yaml"
                write_bytes(os.path.join(out, entry["updatedObject"]), dump_yaml(r["updated"]).encode())
            if len(r["objects"]) > 1:
                entry["createdBefore"] = [dump_yaml(o) for o in r["objects"][:-1]]
            entry.update([("phase", phase), ("verdict", r["verdict"]), ("wantErrors", r["wantErrors"]),
                          ("errorMatch", error_match)])
        else:
            entry.update([("kind", kind), ("notConverted", r["error"] or "no object was created")])
        index.append(entry)
        counts = summary.setdefault(kind or "(unknown)", collections.Counter())
        counts["total"] += 1
        if converted:
            counts["converted"] += 1
            counts[r["verdict"]] += 1
    summary = {k: dict(v) for k, v in sorted(summary.items())}
    write_json(os.path.join(out, "cases.json"), {
        "repository": repository, "tag": tag, "commit": commit, "errorMatch": error_match,
        "summary": summary, "cases": index})
    return summary


def extract_cel_oracle(eg, ga):
    import upstream_go_cases as go  # eng/upstream_go_cases.py

    universe = go.Universe()
    for path, src in go_sources(eg, ORACLE_RELEASE, "api/v1alpha1/", tests=False):
        universe.add_source("github.com/envoyproxy/gateway/api/v1alpha1", src, path)
    if ga is None:
        sys.exit("cel-oracle needs --gateway-api-git (the API types of Gateway API %s)" % GATEWAY_API_CEL_TAG)
    for folder, import_path in GATEWAY_API_PACKAGES.items():
        for path, src in go_sources(ga, GATEWAY_API_CEL_TAG, folder, tests=False):
            universe.add_source(import_path, src, path)

    summaries = {}
    eg_commit = eg.commit_of(ORACLE_RELEASE)
    sources = go_sources(eg, ORACLE_RELEASE, "test/cel-validation/", tests=True)
    results = go.run_test_package(universe, sources, "celvalidation")
    summaries["envoy-gateway"] = write_cel_cases(
        os.path.join(OUT_ROOT, "envoy-gateway-cel-%s" % ORACLE_RELEASE), "envoyproxy/gateway", ORACLE_RELEASE,
        eg_commit, results, "case-insensitive substring of the API server's error", {})

    ga_commit = ga.commit_of(GATEWAY_API_CEL_TAG)
    folder = next(f for f in ("pkg/test/cel/", "tests/cel/") if ga.files(GATEWAY_API_CEL_TAG, f))
    sources = go_sources(ga, GATEWAY_API_CEL_TAG, folder, tests=True)
    results = go.run_test_package(universe, sources, "main")
    summaries["gateway-api"] = write_cel_cases(
        os.path.join(OUT_ROOT, "gateway-api-cel-%s" % GATEWAY_API_CEL_TAG), "kubernetes-sigs/gateway-api",
        GATEWAY_API_CEL_TAG, ga_commit, results,
        "substring of the API server's error; also matches with every 'more' replaced by 'longer'",
        build_tags(sources))
    return summaries


# ---------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--envoy-gateway-git", required=True)
    parser.add_argument("--gateway-api-git")
    parser.add_argument("--crds", default=os.path.join(REPO_ROOT, "..", "shared", "reference", "envoy-gateway"))
    parser.add_argument("--releases", default=",".join(RELEASES))
    parser.add_argument("parts", nargs="*", default=["corpus", "status-oracle", "cel-oracle"])
    args = parser.parse_args()
    eg = Git(args.envoy_gateway_git)
    if "corpus" in args.parts:
        rows, counts = extract_corpus(eg, args.crds, args.releases.split(","))
        for release, kinds in counts.items():
            total = kinds["*"]
            print("%s: %d documents, %d storable, %d unknown-field, %d unserved-version" % (
                release, total["total"], total.get("storable", 0), total.get("unknown-field", 0),
                total.get("unserved-version", 0)))
    if "status-oracle" in args.parts:
        cases, summary = extract_status_oracle(eg)
        print("status oracle: %d cases, %d policies" % (len(cases), sum(len(c["policies"]) for c in cases)))
        for kind, verdicts in summary.items():
            print("  %s: %s" % (kind, verdicts))
    if "cel-oracle" in args.parts:
        summaries = extract_cel_oracle(eg, Git(args.gateway_api_git) if args.gateway_api_git else None)
        for source, summary in summaries.items():
            for kind, counts in summary.items():
                print("cel %s %s: %s" % (source, kind, counts))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Map every schema node of every served CRD version to the Go type that produced it.

CRD schemas carry no type names; the generator (src/Generator) names its C# types after Envoy
Gateway's and Gateway API's Go types so that the upstream documentation reads across. This script
recovers those names: it walks each kind's Go struct (``BackendTrafficPolicy`` ->
``Spec BackendTrafficPolicySpec `json:"spec"``` -> ...) side by side with the CRD's
openAPIV3Schema, the way controller-gen produced the schema from the Go code, and writes

* ``<out>/go-type-names.tsv``: ``crd<TAB>version<TAB>path<TAB>goType`` for every schema node whose Go
  type is a named type: named structs (objects, and struct types with a custom JSON form such as
  ``metav1.Duration`` or ``intstr.IntOrString``) and named non-struct types (``type RateLimitUnit
  string``, ``gwapiv1.SectionName``, ``corev1.ResourceList``). Pointers, slices and maps resolve to
  their element's named type at the ``[]`` / ``{}`` path. Type aliases (``type X = Y``) resolve to
  their target, which is the Go type itself (Gateway API's v1alpha2/v1beta1 packages alias many v1
  types).
* ``<out>/go-inline-types.tsv``: the same columns, for structs embedded inline at a path (anonymous
  fields or ``json:",inline"``); their fields belong to that path and have no path of their own.

Paths start at the object root ``.``; then ``.spec``, ``.spec.rules[]`` (array items),
``.spec.labels{}`` (map values). Rows are sorted by (crd, version, path) in code-point order, LF line
ends, no trailing whitespace: the output is deterministic.

The script reads Go source only to learn names; it never writes Go code anywhere. It checks its
result against the schema: every path it writes exists in the CRD (it walks schema-guided), and it
prints every object node (a schema node with ``properties``) that got no row, every schema property
no Go field produced, and every Go type it could not find, then a coverage line per CRD version.

Usage, one release from checkouts (directories or ``GIT_DIR@REF``, e.g. a bare mirror and a tag):

    eng/extract-go-type-names.py --crds src/Generator/Input/v1.9.0/crds \\
        --envoy-gateway /path/to/envoyproxy/gateway@v1.9.0 \\
        --gateway-api /path/to/kubernetes-sigs/gateway-api@v1.6.1 \\
        --k8s-api /path/to/kubernetes/api@v0.36.3 \\
        --k8s-apimachinery /path/to/kubernetes/apimachinery@v0.36.3 \\
        --out src/Generator/Input/v1.9.0

Every release listed in src/Generator/Input/go-sources.tsv, from bare mirrors named
``<owner>+<name>/repo`` under one root (the layout the session's ``fetch`` tool creates):

    eng/extract-go-type-names.py --all --mirrors /work/.mirror

``--check`` writes nothing and exits 1 when a file would change (for a drift test). The exit code is 3
when an object node got no row or the walk met a problem (the tables are written all the same).

Only Python's standard library and PyYAML are needed; ``git`` must be on PATH for ``GIT_DIR@REF``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field

import yaml

# --------------------------------------------------------------------------------------------
# Go sources: a checkout directory or a git directory at a ref.
# --------------------------------------------------------------------------------------------


class GoSource:
    """One repository at one revision, read either from a directory or with git from GIT_DIR@REF."""

    def __init__(self, spec: str):
        self.spec = spec
        if "@" in spec and not os.path.isdir(spec):
            self.git_dir, self.ref = spec.rsplit("@", 1)
            self.root = None
        else:
            self.git_dir, self.ref, self.root = None, None, spec

    def go_files(self, package_dir: str) -> list[tuple[str, str]]:
        """(file name, text) of the non-test .go files of one package directory (relative path)."""
        if self.root is not None:
            directory = os.path.join(self.root, package_dir)
            if not os.path.isdir(directory):
                return []
            names = sorted(n for n in os.listdir(directory) if _is_package_file(n))
            return [(n, _read_text(os.path.join(directory, n))) for n in names]
        listing = _git(self.git_dir, "ls-tree", f"{self.ref}:{package_dir}" if package_dir else self.ref)
        if listing is None:
            return []
        blobs = []  # (name, object id); ls-tree lines are "<mode> <type> <id>\t<name>"
        for line in listing.splitlines():
            meta, name = line.split("\t", 1)
            if meta.split()[1] == "blob" and _is_package_file(name):
                blobs.append((name, meta.split()[2]))
        blobs.sort()
        batch = subprocess.run(["git", f"--git-dir={self.git_dir}", "cat-file", "--batch"],
                               input="".join(f"{object_id}\n" for _, object_id in blobs).encode(),
                               capture_output=True, check=True).stdout
        files, position = [], 0
        for name, _ in blobs:  # each answer: "<id> blob <size>\n<content>\n"
            header_end = batch.index(b"\n", position)
            size = int(batch[position:header_end].split()[2])
            files.append((name, batch[header_end + 1:header_end + 1 + size].decode("utf-8")))
            position = header_end + 1 + size + 1
        return files

    def commit(self) -> str:
        if self.git_dir is None:
            return ""
        return (_git(self.git_dir, "rev-parse", f"{self.ref}^{{commit}}") or "").strip()


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def _is_package_file(name: str) -> bool:
    return name.endswith(".go") and not name.endswith("_test.go")


def _git(git_dir: str, *args: str) -> str | None:
    result = subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


# (import path prefix, source key): a package's directory is its import path without the prefix
MODULES = [
    ("github.com/envoyproxy/gateway/", "envoy-gateway"),
    ("sigs.k8s.io/gateway-api/", "gateway-api"),
    ("k8s.io/api/", "k8s-api"),
    ("k8s.io/apimachinery/", "k8s-apimachinery"),
]

# --------------------------------------------------------------------------------------------
# A small Go reader: tokens with automatic semicolons, then top-level imports and type declarations.
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<nl>\n)
  | (?P<ws>[ \t\r\f]+)
  | (?P<linecomment>//[^\n]*)
  | (?P<blockcomment>/\*.*?\*/)
  | (?P<raw>`[^`]*`)
  | (?P<str>"(?:\\.|[^"\\\n])*")
  | (?P<rune>'(?:\\.|[^'\\\n])+')
  | (?P<num>\.?[0-9][0-9a-zA-Z_.]*)
  | (?P<ident>[^\W\d]\w*)
  | (?P<op>\.\.\.|<-|:=|==|!=|<=|>=|&&|\|\||<<=|>>=|<<|>>|&\^=|&\^|\+\+|--|[-+*/%&|^]=|[-+*/%&|^<>=!~.,;:()\[\]{}])
    """,
    re.VERBOSE | re.DOTALL,
)
_SEMICOLON_AFTER = {"ident", "num", "str", "raw", "rune"}
_SEMICOLON_AFTER_OPS = {"++", "--", ")", "]", "}"}
_SEMICOLON_AFTER_KEYWORDS = {"break", "continue", "fallthrough", "return"}
_KEYWORDS = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for",
    "func", "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select",
    "struct", "switch", "type", "var",
}


def tokenize(text: str) -> list[tuple[str, str]]:
    """(kind, text) tokens; kind is ident, keyword, num, str, raw, rune or op; ';' is inserted as Go does."""
    tokens: list[tuple[str, str]] = []
    position = 0
    last_allows_semicolon = False
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise ValueError(f"cannot read Go source at offset {position}: {text[position:position + 20]!r}")
        position = match.end()
        kind = match.lastgroup
        value = match.group()
        newline = kind == "nl" or (kind == "blockcomment" and "\n" in value)
        if newline:
            if last_allows_semicolon:
                tokens.append(("op", ";"))
            last_allows_semicolon = False
            continue
        if kind in ("ws", "linecomment", "blockcomment"):
            continue
        if kind == "ident" and value in _KEYWORDS:
            kind = "keyword"
        tokens.append((kind, value))
        last_allows_semicolon = (
            kind in _SEMICOLON_AFTER
            or (kind == "op" and value in _SEMICOLON_AFTER_OPS)
            or (kind == "keyword" and value in _SEMICOLON_AFTER_KEYWORDS)
        )
    if last_allows_semicolon:
        tokens.append(("op", ";"))
    return tokens


# Type expressions: ("named", qualifier or None, name) | ("ptr", t) | ("slice", t) | ("map", k, v)
# | ("struct", [Field]) | ("other", text)


@dataclass
class Field:
    names: list[str]  # empty for an embedded field
    type: tuple
    tag: str


@dataclass
class TypeDecl:
    name: str
    type: tuple
    alias: bool
    package: "GoPackage"
    imports: dict[str, str]  # file-level: qualifier -> import path


class GoFileParser:
    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.i = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else ("eof", "")

    def next(self) -> tuple[str, str]:
        token = self.peek()
        self.i += 1
        return token

    def expect(self, value: str) -> None:
        token = self.next()
        if token[1] != value:
            raise ValueError(f"expected {value!r}, found {token[1]!r} at token {self.i}")

    def skip_balanced(self) -> None:
        """Skips one bracketed group starting at the current '(', '[' or '{'."""
        depth = 0
        while True:
            kind, value = self.next()
            if kind == "eof":
                return
            if kind == "op" and value in "([{":
                depth += 1
            elif kind == "op" and value in ")]}":
                depth -= 1
                if depth == 0:
                    return

    def skip_declaration(self) -> None:
        while True:
            kind, value = self.peek()
            if kind == "eof":
                return
            if kind == "op" and value in "([{":
                self.skip_balanced()
                continue
            self.i += 1
            if kind == "op" and value == ";":
                return

    def parse_file(self) -> tuple[dict[str, str], list[tuple[str, tuple, bool]]]:
        imports: dict[str, str] = {}
        types: list[tuple[str, tuple, bool]] = []
        while self.peek()[0] != "eof":
            kind, value = self.peek()
            if kind == "keyword" and value == "import":
                self.next()
                self.parse_specs(lambda: self.parse_import_spec(imports))
            elif kind == "keyword" and value == "type":
                self.next()
                self.parse_specs(lambda: types.append(self.parse_type_spec()))
            else:
                self.skip_declaration()
        return imports, types

    def parse_specs(self, parse_spec) -> None:
        """One spec, or a parenthesised group of them (`import (...)`, `type (...)`)."""
        if self.peek()[1] != "(":
            parse_spec()
            return
        self.next()
        while self.peek()[1] != ")":
            if self.peek()[1] == ";":
                self.next()
                continue
            parse_spec()
        self.next()

    def parse_import_spec(self, imports: dict[str, str]) -> None:
        qualifier = None
        if self.peek()[0] in ("ident", "op"):  # `alias "path"`, `_ "path"`, `. "path"`
            qualifier = self.next()[1]
        path = _unquote(self.next()[1])
        if qualifier not in ("_", "."):  # the package name is the path's last element in every module read here
            imports[qualifier or path.rsplit("/", 1)[-1]] = path
        if self.peek()[1] == ";":
            self.next()

    def parse_type_spec(self) -> tuple[str, tuple, bool]:
        name = self.next()[1]
        # Generic type parameters: `type X[T any] ...` (an array type would be `[N]T` with a number or `[]`).
        if self.peek()[1] == "[" and self.peek(1)[0] == "ident" and self.peek(2)[1] not in ("]",):
            self.skip_balanced()
        alias = False
        if self.peek()[1] == "=":
            self.next()
            alias = True
        type_expr = self.parse_type()
        if self.peek()[1] == ";":
            self.next()
        return name, type_expr, alias

    def parse_type(self) -> tuple:
        kind, value = self.peek()
        if value == "*":
            self.next()
            return ("ptr", self.parse_type())
        if value == "(":
            self.next()
            inner = self.parse_type()
            self.expect(")")
            return inner
        if value == "[":
            self.next()
            if self.peek()[1] == "]":
                self.next()
                return ("slice", self.parse_type())
            while self.peek()[1] != "]":  # array length
                self.next()
            self.next()
            return ("slice", self.parse_type())
        if value == "map":
            self.next()
            self.expect("[")
            key = self.parse_type()
            self.expect("]")
            return ("map", key, self.parse_type())
        if value == "struct":
            self.next()
            return ("struct", self.parse_struct_fields())
        if value == "interface":
            self.next()
            self.skip_balanced()
            return ("other", "interface")
        if value == "chan" or value == "<-":
            while self.peek()[1] in ("chan", "<-"):
                self.next()
            self.parse_type()
            return ("other", "chan")
        if value == "func":
            self.next()
            self.skip_balanced()  # parameters
            if self.peek()[1] == "(":
                self.skip_balanced()
            elif self.peek()[1] not in (";", "}", ")", ",") and self.peek()[0] not in ("str", "raw"):
                self.parse_type()
            return ("other", "func")
        if kind == "ident":
            self.next()
            qualifier = None
            if self.peek()[1] == "." and self.peek(1)[0] == "ident":
                self.next()
                qualifier, value = value, self.next()[1]
            if self.peek()[1] == "[":  # generic instantiation
                self.skip_balanced()
            return ("named", qualifier, value)
        raise ValueError(f"unexpected {value!r} in a type at token {self.i}")

    def parse_struct_fields(self) -> list[Field]:
        self.expect("{")
        fields: list[Field] = []
        while True:
            kind, value = self.peek()
            if value == "}":
                self.next()
                return fields
            if value == ";":
                self.next()
                continue
            if value == "*" or (kind == "ident" and (self.peek(1)[1] in (".", ";", "}") or self.peek(1)[0] in ("str", "raw"))):
                names: list[str] = []
                type_expr = self.parse_type()
            else:
                names = [self.next()[1]]
                while self.peek()[1] == ",":
                    self.next()
                    names.append(self.next()[1])
                type_expr = self.parse_type()
            tag = ""
            if self.peek()[0] in ("str", "raw"):
                tag = _unquote(self.next()[1])
            fields.append(Field(names, type_expr, tag))


def _unquote(literal: str) -> str:
    if literal.startswith("`"):
        return literal[1:-1]
    return bytes(literal[1:-1], "utf-8").decode("unicode_escape")


_GO_BUILTINS = {
    "bool", "string", "byte", "rune", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
    "error", "any",
}


class GoPackage:
    def __init__(self, import_path: str, files: list[tuple[str, str]]):
        self.import_path = import_path
        self.types: dict[str, TypeDecl] = {}
        for file_name, text in files:
            try:
                imports, types = GoFileParser(tokenize(text)).parse_file()
            except ValueError as error:
                raise ValueError(f"{import_path}/{file_name}: {error}") from None
            for name, type_expr, alias in types:
                self.types.setdefault(name, TypeDecl(name, type_expr, alias, self, imports))


class GoUniverse:
    """Lazily loaded packages, by import path, from the configured repositories."""

    def __init__(self, sources: dict[str, GoSource]):
        self.sources = sources
        self.packages: dict[str, GoPackage | None] = {}
        self.unresolved_packages: set[str] = set()

    def package(self, import_path: str) -> GoPackage | None:
        if import_path not in self.packages:
            self.packages[import_path] = self._load(import_path)
        return self.packages[import_path]

    def _load(self, import_path: str) -> GoPackage | None:
        for prefix, key in MODULES:
            if import_path.startswith(prefix) and key in self.sources:
                files = self.sources[key].go_files(import_path[len(prefix):])
                if files:
                    return GoPackage(import_path, files)
        self.unresolved_packages.add(import_path)
        return None


# --------------------------------------------------------------------------------------------
# The schema-guided walk.
# --------------------------------------------------------------------------------------------


@dataclass
class Json:
    name: str
    inline: bool
    skip: bool


def json_of(tag: str) -> Json:
    """controller-gen's reading of a field's json tag (no tag: not serialised)."""
    match = re.search(r'(?:^|\s)json:"([^"]*)"', tag)
    if match is None:
        return Json("", False, True)
    options = match.group(1).split(",")
    if options == ["-"]:
        return Json("", False, True)
    name = options[0]
    inline = "inline" in options[1:] or name == ""  # controller-gen: an empty name is inline too
    return Json(name, inline, False)


@dataclass
class Result:
    rows: dict[str, str] = field(default_factory=dict)
    inline: dict[str, set[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    unmatched_properties: list[str] = field(default_factory=list)  # schema properties no Go field produced
    fields_not_in_schema: list[str] = field(default_factory=list)  # Go fields the schema lacks (informative)
    missing_types: list[str] = field(default_factory=list)
    anonymous_structs: list[str] = field(default_factory=list)


def child_path(path: str, name: str) -> str:
    """The path of property name below path (the root is ".", its children ".spec", not "..spec")."""
    return f".{name}" if path == "." else f"{path}.{name}"


class Walker:
    def __init__(self, universe: GoUniverse):
        self.universe = universe

    def walk_kind(self, import_path: str, kind: str, schema: dict) -> Result | None:
        package = self.universe.package(import_path)
        if package is None or kind not in package.types:
            return None
        result = Result()
        self.walk(("named", None, kind), package, {}, schema, ".", result, set())
        return result

    def resolve(self, named: tuple, package: GoPackage, imports: dict[str, str], result: Result, path: str):
        """(declaration or None, full Go name or None) of a named type reference, aliases followed."""
        _, qualifier, name = named
        if qualifier is None:
            if name in package.types:
                decl = package.types[name]
            elif name in _GO_BUILTINS:
                return None, None
            else:
                result.missing_types.append(f"{path}: {package.import_path}.{name}")
                return None, f"{package.import_path}.{name}"
        else:
            import_path = imports.get(qualifier)
            if import_path is None:
                result.missing_types.append(f"{path}: unknown qualifier {qualifier}.{name}")
                return None, None
            target = self.universe.package(import_path)
            if target is None:
                return None, f"{import_path}.{name}"  # a package we do not read (apiextensions, time)
            if name not in target.types:
                result.missing_types.append(f"{path}: {import_path}.{name}")
                return None, f"{import_path}.{name}"
            decl = target.types[name]
        seen = set()
        while decl.alias and decl.type[0] == "named" and id(decl) not in seen:
            seen.add(id(decl))
            aliased, aliased_name = self.resolve(decl.type, decl.package, decl.imports, result, path)
            if aliased is None:
                return None, aliased_name
            decl = aliased
        if decl.alias:  # alias of a composite type: no name of its own
            return decl, None
        return decl, f"{decl.package.import_path}.{decl.name}"

    def emit(self, path: str, go_name: str, result: Result) -> None:
        existing = result.rows.get(path)
        if existing is not None and existing != go_name:
            result.conflicts.append(f"{path}: {existing} vs {go_name}")
            return
        result.rows[path] = go_name

    def walk(self, type_expr, package, imports, schema, path, result, stack, named_here=False):
        """Walks one Go type at one schema node. named_here: a row for this path is already written."""
        if not isinstance(schema, dict):
            return
        tag = type_expr[0]
        if tag == "ptr":
            self.walk(type_expr[1], package, imports, schema, path, result, stack, named_here)
        elif tag == "slice":
            if type_expr[1] == ("named", None, "byte"):
                return  # []byte: a base64 string
            items = schema.get("items")
            if isinstance(items, dict):
                self.walk(type_expr[1], package, imports, items, path + "[]", result, stack)
        elif tag == "map":
            values = schema.get("additionalProperties")
            if isinstance(values, dict):
                self.walk(type_expr[2], package, imports, values, path + "{}", result, stack)
        elif tag == "named":
            decl, go_name = self.resolve(type_expr, package, imports, result, path)
            if go_name is not None and not named_here:
                self.emit(path, go_name, result)
                named_here = True
            if decl is None:
                return
            key = (go_name, path)
            if key in stack:
                return
            self.walk(decl.type, decl.package, decl.imports, schema, path, result, stack | {key}, named_here)
        elif tag == "struct":
            if not named_here and "properties" in schema:
                result.anonymous_structs.append(path)
            properties = schema.get("properties")
            if not isinstance(properties, dict):
                return  # a struct with its own JSON form (Duration, Quantity, IntOrString, Time, JSON)
            produced = set()
            for json_name, (_, (field_type, field_package, field_imports)) in self.fields(
                    type_expr, package, imports, path, result).items():
                produced.add(json_name)
                if json_name not in properties:
                    result.fields_not_in_schema.append(f"{path}: {json_name}")
                else:
                    self.walk(field_type, field_package, field_imports, properties[json_name],
                              child_path(path, json_name), result, stack)
            for name in properties:
                if name not in produced:
                    result.unmatched_properties.append(f"{path}: {name}")

    def fields(self, struct, package, imports, path, result, depth=0) -> dict[str, tuple[int, tuple]]:
        """json name -> (embedding depth, (type, package, imports)) of a struct's serialised fields, inline
        embeddings flattened (a shallower field wins over a deeper one of the same name, as in encoding/json)."""
        collected: dict[str, tuple[int, tuple]] = {}

        def offer(json_name: str, entry: tuple[int, tuple]) -> None:
            if json_name not in collected or collected[json_name][0] > entry[0]:
                collected[json_name] = entry

        for go_field in struct[1]:
            json = json_of(go_field.tag)
            if json.skip:
                continue
            if not json.inline:
                offer(json.name, (depth, (go_field.type, package, imports)))
                continue
            inner = go_field.type[1] if go_field.type[0] == "ptr" else go_field.type
            decl, go_name = (None, None)
            if inner[0] == "named":
                decl, go_name = self.resolve(inner, package, imports, result, path)
            elif inner[0] == "struct":
                decl = TypeDecl("", inner, False, package, imports)
            if go_name is not None:
                result.inline.setdefault(path, set()).add(go_name)
            while decl is not None and decl.type[0] == "named":  # a defined type over another struct
                decl, _ = self.resolve(decl.type, decl.package, decl.imports, result, path)
            if decl is not None and decl.type[0] == "struct":
                for json_name, entry in self.fields(decl.type, decl.package, decl.imports, path, result, depth + 1).items():
                    offer(json_name, entry)
        return collected


# --------------------------------------------------------------------------------------------
# CRDs, coverage and output.
# --------------------------------------------------------------------------------------------

GROUP_PACKAGES = {
    "gateway.envoyproxy.io": "github.com/envoyproxy/gateway/api/{version}",
    "gateway.networking.k8s.io": "sigs.k8s.io/gateway-api/apis/{version}",
    "gateway.networking.x-k8s.io": "sigs.k8s.io/gateway-api/apisx/{version}",
}


def read_crds(crd_dir: str) -> list[dict]:
    crds = []
    for name in sorted(os.listdir(crd_dir)):
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(crd_dir, name), encoding="utf-8") as stream:
            for document in yaml.load_all(stream, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
                if isinstance(document, dict) and document.get("kind") == "CustomResourceDefinition":
                    crds.append(document)
    return sorted(crds, key=lambda crd: crd["metadata"]["name"])


def schema_nodes(schema: dict, path: str = "."):
    """(path, node) of every node of a schema: properties, array items ([]) and map values ({})."""
    if not isinstance(schema, dict):
        return
    yield path, schema
    for name, child in (schema.get("properties") or {}).items():
        yield from schema_nodes(child, child_path(path, name))
    yield from schema_nodes(schema.get("items"), path + "[]")
    yield from schema_nodes(schema.get("additionalProperties"), path + "{}")


def object_nodes(schema: dict) -> list[str]:
    """Paths of schema nodes with properties (the nodes the generator makes types of)."""
    return [path for path, node in schema_nodes(schema) if isinstance(node.get("properties"), dict)]


def enum_nodes(schema: dict) -> list[str]:
    """Paths of schema nodes with an enum (closed sets; named when their Go field has a named type)."""
    return [path for path, node in schema_nodes(schema) if "enum" in node]


def node_exists(schema: dict, path: str) -> bool:
    node = schema
    for step in re.findall(r"\.[^.\[{]+|\[\]|\{\}", path):
        if step == "[]":
            node = node.get("items")
        elif step == "{}":
            node = node.get("additionalProperties")
        else:
            node = (node.get("properties") or {}).get(step[1:])
        if not isinstance(node, dict):
            return False
    return True


@dataclass
class VersionReport:
    crd: str
    version: str
    rows: int
    mapped: int
    total: int
    unmapped: list[str]
    enums: int
    named_enums: int
    problems: list[str]
    notes: list[str]


def extract(crd_dir: str, universe: GoUniverse) -> tuple[list[tuple], list[tuple], list[VersionReport]]:
    walker = Walker(universe)
    rows, inline_rows, reports = [], [], []
    for crd in read_crds(crd_dir):
        crd_name = crd["metadata"]["name"]
        group = crd["spec"]["group"]
        kind = crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            if not version.get("served", False):
                continue
            schema = ((version.get("schema") or {}).get("openAPIV3Schema")) or {}
            objects = object_nodes(schema)
            package_pattern = GROUP_PACKAGES.get(group)
            result = None
            if package_pattern is not None:
                result = walker.walk_kind(package_pattern.format(version=version["name"]), kind, schema)
            problems = []
            if result is None:
                problems.append(f"no Go type {kind} for group {group} version {version['name']}")
                result = Result()
            for path, go_name in result.rows.items():
                if not node_exists(schema, path):
                    problems.append(f"row for a path the schema lacks: {path}")
                rows.append((crd_name, version["name"], path, go_name))
            for path, go_names in result.inline.items():
                for go_name in go_names:
                    inline_rows.append((crd_name, version["name"], path, go_name))
            problems += [f"conflict {c}" for c in result.conflicts]
            problems += [f"schema property without Go field {p}" for p in result.unmatched_properties]
            problems += [f"Go type not found {m}" for m in sorted(set(result.missing_types))]
            problems += [f"anonymous struct (no name) at {p}" for p in result.anonymous_structs]
            notes = [f"Go field not in the schema {p}" for p in result.fields_not_in_schema]
            unmapped = [path for path in objects if path not in result.rows]
            enums = enum_nodes(schema)
            reports.append(VersionReport(crd_name, version["name"], len(result.rows), len(objects) - len(unmapped),
                                         len(objects), unmapped, len(enums),
                                         sum(1 for path in enums if path in result.rows), problems, notes))
    return sorted(rows), sorted(set(inline_rows)), reports


HEADER = "crd\tversion\tpath\tgoType\n"


def render(rows: list[tuple]) -> str:
    return HEADER + "".join("\t".join(row) + "\n" for row in rows)


def write_or_check(path: str, text: str, check: bool) -> bool:
    """True when the file already holds text."""
    current = _read_text(path) if os.path.exists(path) else None
    if current == text:
        return True
    if not check:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    return False


def run_release(label: str, crd_dir: str, sources: dict[str, GoSource], out_dir: str, check: bool,
                verbose: bool) -> tuple[bool, bool, int, int, int]:
    """(files unchanged, everything mapped without problems, rows, object nodes mapped, object nodes)."""
    universe = GoUniverse(sources)
    rows, inline_rows, reports = extract(crd_dir, universe)
    same = write_or_check(os.path.join(out_dir, "go-type-names.tsv"), render(rows), check)
    same &= write_or_check(os.path.join(out_dir, "go-inline-types.tsv"), render(inline_rows), check)
    mapped = sum(r.mapped for r in reports)
    total = sum(r.total for r in reports)
    enums = sum(r.enums for r in reports)
    named_enums = sum(r.named_enums for r in reports)
    print(f"== {label}: {len(reports)} CRD versions, {len(rows)} rows, {len(inline_rows)} inline rows, "
          f"object nodes mapped {mapped}/{total}, enum nodes with a named Go type {named_enums}/{enums}"
          + ("" if same else (" (would change)" if check else " (written)")))
    for report in reports:
        line = f"   {report.crd} {report.version}: {report.rows} rows, objects {report.mapped}/{report.total}"
        if report.unmapped or report.problems:
            print(line)
            for path in report.unmapped:
                print(f"      unmapped object node {path}")
            for problem in report.problems:
                print(f"      {problem}")
        elif verbose:
            print(line)
        if verbose:
            for note in report.notes:
                print(f"      note: {note}")
    not_read = sorted(universe.unresolved_packages)
    if not_read:
        print(f"   packages named but not read: {', '.join(not_read)}")
    complete = all(not report.unmapped and not report.problems for report in reports)
    return same, complete, len(rows), mapped, total


# (source key, GitHub repository, go-sources.tsv column prefix)
SOURCE_COLUMNS = [
    ("envoy-gateway", "envoyproxy/gateway", "envoyGateway"),
    ("gateway-api", "kubernetes-sigs/gateway-api", "gatewayApi"),
    ("k8s-api", "kubernetes/api", "k8sApi"),
    ("k8s-apimachinery", "kubernetes/apimachinery", "k8sApimachinery"),
]


def read_source_table(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as stream:
        lines = [line.rstrip("\n").split("\t") for line in stream if line.strip() and not line.startswith("#")]
    header, body = lines[0], lines[1:]
    return [dict(zip(header, line)) for line in body]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--crds", help="folder of one release's CRD files")
    parser.add_argument("--out", help="folder to write go-type-names.tsv and go-inline-types.tsv into")
    parser.add_argument("--envoy-gateway", help="envoyproxy/gateway checkout, or GIT_DIR@REF")
    parser.add_argument("--gateway-api", help="kubernetes-sigs/gateway-api checkout, or GIT_DIR@REF")
    parser.add_argument("--k8s-api", help="kubernetes/api checkout, or GIT_DIR@REF (optional)")
    parser.add_argument("--k8s-apimachinery", help="kubernetes/apimachinery checkout, or GIT_DIR@REF (optional)")
    parser.add_argument("--all", action="store_true", help="every release of go-sources.tsv, from --mirrors")
    parser.add_argument("--mirrors", default="/work/.mirror", help="root of bare mirrors <owner>+<name>/repo")
    parser.add_argument("--input", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Generator", "Input"),
                        help="the generator's Input folder (with go-sources.tsv and <release>/crds)")
    parser.add_argument("--crds-root", help="with --all: folder holding <release>/crds (default: --input)")
    parser.add_argument("--release", action="append", help="with --all: only these release folders")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file would change")
    parser.add_argument("--verbose", action="store_true", help="print every CRD version and every problem")
    args = parser.parse_args()

    ok = complete = True
    if args.all:
        input_dir = os.path.normpath(args.input)
        totals = [0, 0, 0]
        for entry in read_source_table(os.path.join(input_dir, "go-sources.tsv")):
            if args.release and entry["release"] not in args.release:
                continue
            sources = {}
            for key, repository, column in SOURCE_COLUMNS:
                git_dir = os.path.join(args.mirrors, repository.replace("/", "+"), "repo")
                tag, commit = entry[column + "Tag"], entry[column + "Commit"]
                tagged = GoSource(f"{git_dir}@{tag}").commit()
                if tagged != commit:
                    print(f"error: {repository} tag {tag} is {tagged or 'not in ' + git_dir}, go-sources.tsv pins {commit}",
                          file=sys.stderr)
                    return 2
                sources[key] = GoSource(f"{git_dir}@{commit}")
            release_dir = os.path.join(input_dir, entry["release"])
            same, release_complete, row_count, mapped, total = run_release(
                entry["release"], os.path.join(args.crds_root or input_dir, entry["release"], "crds"), sources, release_dir, args.check, args.verbose)
            ok &= same
            complete &= release_complete
            totals = [totals[0] + row_count, totals[1] + mapped, totals[2] + total]
        print(f"== all: {totals[0]} rows, object nodes mapped {totals[1]}/{totals[2]}")
    else:
        if not (args.crds and args.out and args.envoy_gateway and args.gateway_api):
            parser.error("give --crds, --out, --envoy-gateway and --gateway-api (or --all)")
        sources = {"envoy-gateway": GoSource(args.envoy_gateway), "gateway-api": GoSource(args.gateway_api)}
        if args.k8s_api:
            sources["k8s-api"] = GoSource(args.k8s_api)
        if args.k8s_apimachinery:
            sources["k8s-apimachinery"] = GoSource(args.k8s_apimachinery)
        ok, complete, _, _, _ = run_release(args.crds, args.crds, sources, args.out, args.check, args.verbose)
    if args.check and not ok:
        print("go type name tables differ from a fresh extraction", file=sys.stderr)
        return 1
    if not complete:
        print("some schema nodes could not be mapped (listed above)", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())

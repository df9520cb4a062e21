"""Turns Go API-validation tests (envoyproxy/gateway `test/cel-validation`, kubernetes-sigs/gateway-api
`tests/cel`) into fixtures: the object each case sends to the API server, as the JSON the Go client
would send, with the case's expected errors.

How: a small Go front end (lexer, parser) and a tree-walking interpreter for the subset these tests
use. Every `func TestXxx(t *testing.T)` runs; `t.Run(name, fn)` starts a case; a client's
`Create(ctx, obj)` / `Status().Update(ctx, obj)` records the object, converted to JSON by the Go
types' `json` tags (declared in the API packages' Go sources, read from the same git history), with
encoding/json's rules: embedded structs inline, `omitempty`/`omitzero`, zero values of fields without
them. The expected errors come from the case's table entry (fields named like `wantErrors`,
`expectedError`). A case whose code the interpreter cannot run is reported with the reason.
Used by eng/extract-upstream-fixtures.py; stdlib only.
"""

import base64
import copy
import json
import re

# ---------------------------------------------------------------------------------------------------
# Lexer

KEYWORDS = {"break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough",
            "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var"}
OPERATORS = sorted("""&^= <<= >>= ... && || <- ++ -- == != <= >= := += -= *= /= %= &= |= ^= << >> &^
+ - * / % & | ^ < > = ! ( ) [ ] { } , ; . : ~""".split(), key=len, reverse=True)
TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r]+)
  | (?P<nl>\n)
  | (?P<lc>//[^\n]*)
  | (?P<bc>/\*.*?\*/)
  | (?P<raw>`[^`]*`)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:[^'\\\n]|\\.[^']*)')
  | (?P<num>0[xX][0-9a-fA-F_]+|(?:\d[\d_]*\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<id>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>""" + "|".join(re.escape(o) for o in OPERATORS) + r""")
""", re.S | re.X)


class GoError(Exception):
    pass


class Tok:
    __slots__ = ("kind", "val", "line")

    def __init__(self, kind, val, line):
        self.kind, self.val, self.line = kind, val, line

    def __repr__(self):
        return "%s:%r@%d" % (self.kind, self.val, self.line)


def unquote(s):
    if s[0] == "`":
        return s[1:-1].replace("\r", "")
    body, out, i = s[1:-1], [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "a": "\a", "b": "\b",
              "f": "\f", "v": "\v"}
    raw = bytearray()

    def flush():
        if raw:
            out.append(raw.decode("utf-8", "replace"))
            raw.clear()
    while i < len(body):
        c = body[i]
        if c != "\\":
            flush()
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e in simple:
            flush()
            out.append(simple[e])
            i += 2
        elif e == "x":
            raw.append(int(body[i + 2:i + 4], 16))
            i += 4
        elif e in "01234567":
            raw.append(int(body[i + 1:i + 4], 8))
            i += 4
        elif e == "u":
            flush()
            out.append(chr(int(body[i + 2:i + 6], 16)))
            i += 6
        elif e == "U":
            flush()
            out.append(chr(int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            raise GoError("bad escape \\%s" % e)
    flush()
    return "".join(out)


def tokenize(src):
    toks, line, pos = [], 1, 0

    def semi_needed():
        if not toks:
            return False
        t = toks[-1]
        return (t.kind in ("id", "num", "str", "char") and t.val not in KEYWORDS - {
            "break", "continue", "fallthrough", "return"}) or (t.kind == "op" and t.val in (")", "]", "}", "++", "--"))
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise GoError("line %d: cannot tokenize %r" % (line, src[pos:pos + 20]))
        kind, text = m.lastgroup, m.group()
        pos = m.end()
        if kind == "ws" or kind == "lc":
            continue
        if kind == "nl" or (kind == "bc" and "\n" in text):
            if semi_needed():
                toks.append(Tok("op", ";", line))
            line += text.count("\n") if kind == "bc" else 1
            continue
        if kind == "bc":
            continue
        if kind in ("raw", "str"):
            toks.append(Tok("str", unquote(text), line))
            line += text.count("\n")
        elif kind == "char":
            v = unquote('"' + text[1:-1] + '"')
            toks.append(Tok("num", ord(v), line))
        elif kind == "num":
            t = text.replace("_", "")
            toks.append(Tok("num", int(t, 0) if re.fullmatch(r"0[xX][0-9a-fA-F]+|\d+", t) else float(t), line))
        else:
            toks.append(Tok(kind, text, line))
    if semi_needed():
        toks.append(Tok("op", ";", line))
    toks.append(Tok("eof", None, line))
    return toks


# ---------------------------------------------------------------------------------------------------
# Parser: AST nodes are tuples (tag, ...); types and expressions share one space.

class Parser:
    def __init__(self, src, filename):
        self.toks, self.i, self.filename = tokenize(src), 0, filename
        self.no_lit = 0  # >0 while parsing an if/for/switch header: `T {` starts the block

    # token helpers
    def peek(self, k=0):
        return self.toks[self.i + k]

    def at(self, val, k=0):
        t = self.toks[self.i + k]
        return t.kind in ("op", "id") and t.val == val

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, val):
        t = self.next()
        if t.val != val:
            raise GoError("%s:%d: expected %r, got %r" % (self.filename, t.line, val, t.val))
        return t

    def accept(self, val):
        if self.at(val):
            self.i += 1
            return True
        return False

    def ident(self):
        t = self.next()
        if t.kind != "id":
            raise GoError("%s:%d: expected identifier, got %r" % (self.filename, t.line, t.val))
        return t.val

    def skip_semis(self):
        while self.accept(";"):
            pass

    # file
    def parse_file(self, skip_bodies=False):
        f = {"package": None, "imports": {}, "types": [], "consts": [], "vars": [], "funcs": []}
        self.skip_semis()
        self.expect("package")
        f["package"] = self.ident()
        self.skip_semis()
        while self.at("import"):
            self.next()
            specs = []
            if self.accept("("):
                while not self.accept(")"):
                    specs.append(self.import_spec())
                    self.skip_semis()
            else:
                specs.append(self.import_spec())
            for alias, path in specs:
                f["imports"][alias or path.rsplit("/", 1)[-1]] = path
            self.skip_semis()
        while self.peek().kind != "eof":
            if self.at("type"):
                self.next()
                for spec in self.group(self.type_spec):
                    f["types"].append(spec)
            elif self.at("const"):
                self.next()
                f["consts"].append(self.group(self.value_spec))
            elif self.at("var"):
                self.next()
                f["vars"].append(self.group(self.value_spec))
            elif self.at("func"):
                f["funcs"].append(self.func_decl(skip_bodies))
            else:
                raise GoError("%s:%d: unexpected %r at top level" % (self.filename, self.peek().line, self.peek().val))
            self.skip_semis()
        return f

    def import_spec(self):
        alias = None
        if self.peek().kind == "id" or self.at("."):
            alias = self.next().val
        return alias, self.next().val

    def group(self, spec):
        if self.accept("("):
            out = []
            self.skip_semis()
            while not self.accept(")"):
                out.append(spec())
                self.skip_semis()
            return out
        return [spec()]

    def type_spec(self):
        name = self.ident()
        if self.at("[") and self.peek(1).kind == "id" and not self.at("]", 2):
            self.skip_balanced("[", "]")  # type parameters
        alias = self.accept("=")
        return (name, self.parse_type(), alias)

    def value_spec(self):
        names = [self.ident()]
        while self.accept(","):
            names.append(self.ident())
        typ, values = None, None
        if not self.at("=") and not self.at(";") and not self.at(")"):
            typ = self.parse_type()
        if self.accept("="):
            values = self.expr_list()
        return (names, typ, values, self.peek().line)

    def skip_balanced(self, open_, close):
        depth = 0
        while True:
            t = self.next()
            if t.val == open_:
                depth += 1
            elif t.val == close:
                depth -= 1
                if depth == 0:
                    return

    def func_decl(self, skip_body):
        self.expect("func")
        recv = None
        if self.at("("):
            recv = self.params()
        name = self.ident()
        if self.at("["):
            self.skip_balanced("[", "]")
        sig = self.signature()
        body = None
        if self.at("{"):
            if skip_body:
                self.skip_balanced("{", "}")
            else:
                body = self.block()
        return {"name": name, "recv": recv, "sig": sig, "body": body}

    def signature(self):
        params = self.params()
        results = []
        if self.at("("):
            results = self.params()
        elif not (self.at("{") or self.at(";") or self.at(")") or self.at(",") or self.at("]") or self.at("}")
                  or self.at("=") or self.peek().kind == "str"):
            results = [(None, self.parse_type())]
        return (params, results)

    def params(self):
        """Parameter list as [(name or None, type)]."""
        self.expect("(")
        entries = []
        while not self.accept(")"):
            variadic = self.accept("...")
            t = self.parse_type()
            if not self.at(",") and not self.at(")"):
                variadic = self.accept("...") or variadic
                entries.append(("named", t, self.parse_type(), variadic))
            else:
                entries.append(("anon", t, None, variadic))
            self.accept(",")
        # `a, b int` -> names given only on the last of a run
        out, pending = [], []
        if any(e[0] == "named" for e in entries):
            for e in entries:
                if e[0] == "anon":
                    pending.append(e[1][1])
                else:
                    for n in pending:
                        out.append((n, e[2]))
                    pending = []
                    out.append((e[1][1], e[2]))
        else:
            out = [(None, e[1]) for e in entries]
        return out

    # types
    def parse_type(self):
        t = self.peek()
        if t.val == "*" and t.kind == "op":
            self.next()
            return ("ptr", self.parse_type())
        if t.val == "[":
            self.next()
            if self.accept("]"):
                return ("slice", self.parse_type())
            if self.accept("..."):
                self.expect("]")
                return ("array", None, self.parse_type())
            n = self.expr()
            self.expect("]")
            return ("array", n, self.parse_type())
        if t.val == "map":
            self.next()
            self.expect("[")
            k = self.parse_type()
            self.expect("]")
            return ("map", k, self.parse_type())
        if t.val == "struct":
            return self.struct_type()
        if t.val == "interface":
            self.next()
            self.skip_balanced("{", "}") if self.at("{") else None
            return ("iface",)
        if t.val == "func":
            self.next()
            return ("functype", self.signature())
        if t.val == "chan":
            self.next()
            return ("chan", self.parse_type())
        if t.val == "(":
            self.next()
            typ = self.parse_type()
            self.expect(")")
            return typ
        name = self.ident()
        if self.accept("."):
            typ = ("sel", ("name", name), self.ident())
        else:
            typ = ("name", name)
        return typ

    def struct_type(self):
        self.expect("struct")
        self.expect("{")
        fields = []
        self.skip_semis()
        while not self.accept("}"):
            if self.at("*") or (self.peek().kind == "id" and (self.at(".", 1) or self.at(";", 1) or self.at("}", 1)
                                                              or self.peek(1).kind == "str")):
                typ = self.parse_type()  # embedded field
                name = typ[1] if typ[0] == "ptr" else typ
                name = name[2] if name[0] == "sel" else name[1]
                names, embedded = [name], True
            else:
                names = [self.ident()]
                while self.accept(","):
                    names.append(self.ident())
                typ, embedded = self.parse_type(), False
            tag = self.next().val if self.peek().kind == "str" else ""
            for n in names:
                fields.append((n, typ, tag, embedded))
            self.skip_semis()
        return ("struct", fields)

    # statements
    def block(self):
        self.expect("{")
        stmts = []
        self.skip_semis()
        while not self.accept("}"):
            stmts.append(self.stmt())
            self.skip_semis()
        return ("block", stmts)

    def stmt(self):
        t = self.peek()
        line = t.line
        if t.kind == "id" and t.val in KEYWORDS:
            v = t.val
            if v == "if":
                return self.if_stmt()
            if v == "for":
                return self.for_stmt()
            if v == "switch":
                return self.switch_stmt()
            if v == "return":
                self.next()
                vals = [] if self.at(";") or self.at("}") else self.expr_list()
                return ("return", vals, line)
            if v in ("break", "continue"):
                self.next()
                if self.peek().kind == "id":
                    self.next()
                return (v, line)
            if v == "var" or v == "const":
                self.next()
                return ("var", self.group(self.value_spec), line)
            if v == "type":
                self.next()
                return ("typedecl", self.group(self.type_spec), line)
            if v in ("defer", "go"):
                self.next()
                return ("ignored", self.expr(), line)
            if v == "fallthrough":
                self.next()
                return ("fallthrough", line)
        if t.val == "{":
            return self.block()
        if t.kind == "id" and self.at(":", 1) and not self.at(":=", 1):
            self.next()
            self.next()
            return self.stmt()  # label
        return self.simple_stmt()

    def simple_stmt(self, range_ok=False):
        line = self.peek().line
        if range_ok and self.at("range"):
            self.next()
            return ("range", [], None, self.expr(), line)
        lhs = self.expr_list()
        t = self.peek()
        if t.val in (":=", "="):
            self.next()
            if range_ok and self.at("range"):
                self.next()
                return ("range", lhs, t.val, self.expr(), line)
            return ("assign", lhs, t.val, self.expr_list(), line)
        if t.kind == "op" and t.val.endswith("=") and t.val not in ("==", "!=", "<=", ">="):
            self.next()
            return ("opassign", lhs[0], t.val[:-1], self.expr(), line)
        if t.val in ("++", "--"):
            self.next()
            return ("opassign", lhs[0], "+" if t.val == "++" else "-", ("lit", 1), line)
        return ("expr", lhs[0], line)

    def if_stmt(self):
        line = self.expect("if").line
        self.no_lit += 1
        init = self.simple_stmt()
        cond = None
        if self.accept(";"):
            cond = self.simple_stmt()
        else:
            init, cond = None, init
        self.no_lit -= 1
        body = self.block()
        els = None
        if self.accept("else"):
            els = self.if_stmt() if self.at("if") else self.block()
        return ("if", init, cond[1], body, els, line)

    def for_stmt(self):
        line = self.expect("for").line
        if self.at("{"):
            return ("for", None, None, None, self.block(), line)
        self.no_lit += 1
        init = cond = post = None
        if not self.at(";"):
            init = self.simple_stmt(range_ok=True)
        if init is not None and init[0] == "range":
            self.no_lit -= 1
            return ("forrange", init, self.block(), line)
        if self.accept(";"):
            if not self.at(";"):
                cond = self.simple_stmt()[1]
            self.expect(";")
            if not self.at("{"):
                post = self.simple_stmt()
        else:
            cond, init = init[1], None
        self.no_lit -= 1
        return ("for", init, cond, post, self.block(), line)

    def switch_stmt(self):
        line = self.expect("switch").line
        self.no_lit += 1
        init = tag = None
        if not self.at("{"):
            first = self.simple_stmt()
            if self.accept(";"):
                init = first
                if not self.at("{"):
                    tag = self.simple_stmt()[1]
            else:
                tag = first[1]
        self.no_lit -= 1
        self.expect("{")
        clauses = []
        self.skip_semis()
        while not self.accept("}"):
            if self.accept("default"):
                exprs = None
            else:
                self.expect("case")
                exprs = self.expr_list()
            self.expect(":")
            body = []
            self.skip_semis()
            while not (self.at("case") or self.at("default") or self.at("}")):
                body.append(self.stmt())
                self.skip_semis()
            clauses.append((exprs, ("block", body)))
        return ("switch", init, tag, clauses, line)

    # expressions
    def expr_list(self):
        out = [self.expr()]
        while self.accept(","):
            out.append(self.expr())
        return out

    PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3, "+": 4, "-": 4, "|": 4,
            "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5}

    def expr(self, prec=1):
        left = self.unary()
        while True:
            t = self.peek()
            p = self.PREC.get(t.val) if t.kind == "op" else None
            if p is None or p < prec:
                return left
            self.next()
            left = ("bin", t.val, left, self.expr(p + 1))

    def unary(self):
        t = self.peek()
        if t.kind == "op" and t.val in ("&", "-", "+", "!", "^", "*", "<-"):
            self.next()
            return ("unary", t.val, self.unary())
        return self.primary()

    def primary(self):
        t = self.peek()
        line = t.line
        if t.kind in ("num", "str"):
            self.next()
            x = ("lit", t.val)
        elif t.val == "(":
            self.next()
            self.no_lit, saved = 0, self.no_lit
            x = self.expr()
            self.no_lit = saved
            self.expect(")")
            x = ("paren", x)
        elif t.val == "func":
            self.next()
            sig = self.signature()
            if self.at("{"):
                saved, self.no_lit = self.no_lit, 0
                x = ("funclit", sig, self.block())
                self.no_lit = saved
            else:
                x = ("functype", sig)
        elif t.val in ("[", "map", "struct", "interface", "chan"):
            x = self.parse_type()
        elif t.kind == "id":
            self.next()
            x = ("name", t.val)
        else:
            raise GoError("%s:%d: unexpected %r in expression" % (self.filename, line, t.val))
        while True:
            t = self.peek()
            if t.val == ".":
                self.next()
                if self.accept("("):
                    typ = self.parse_type() if not self.at("type") else self.next()
                    self.expect(")")
                    x = ("assert", x, typ)
                else:
                    x = ("sel", x, self.ident())
            elif t.val == "[":
                self.next()
                saved, self.no_lit = self.no_lit, 0
                if self.accept(":"):
                    hi = None if self.at("]") else self.expr()
                    x = ("slice_expr", x, None, hi)
                else:
                    idx = self.expr_or_type()
                    if self.accept(":"):
                        hi = None if self.at("]") else self.expr()
                        x = ("slice_expr", x, idx, hi)
                    else:
                        while self.accept(","):  # further type arguments: only the first is kept
                            self.expr_or_type()
                        x = ("index", x, idx)
                self.no_lit = saved
                self.expect("]")
            elif t.val == "(":
                self.next()
                saved, self.no_lit = self.no_lit, 0
                args, spread = [], False
                while not self.accept(")"):
                    args.append(self.expr_or_type())
                    if self.accept("..."):
                        spread = True
                    self.accept(",")
                self.no_lit = saved
                x = ("call", x, args, spread, line)
            elif t.val == "{" and self.is_type_like(x) and (self.no_lit == 0 or x[0] in ("slice", "map", "array", "struct")):
                x = ("composite", x, self.lit_value(), line)
            else:
                return x

    def expr_or_type(self):
        if self.peek().val in ("[", "map", "struct", "func", "interface", "chan"):
            return self.primary()
        return self.expr()

    @staticmethod
    def is_type_like(x):
        return x[0] in ("name", "sel", "slice", "map", "array", "struct", "index")

    def lit_value(self):
        self.expect("{")
        saved, self.no_lit = self.no_lit, 0
        elems = []
        self.skip_semis()
        while not self.accept("}"):
            k = self.elem()
            if self.accept(":"):
                v = self.elem()
                elems.append((k, v))
            else:
                elems.append((None, k))
            self.accept(",")
            self.skip_semis()
        self.no_lit = saved
        return elems

    def elem(self):
        if self.at("{"):
            return ("composite", None, self.lit_value(), self.peek().line)
        return self.expr_or_type()


# ---------------------------------------------------------------------------------------------------
# Packages: type declarations, constants and functions per import path.

# Shapes of the Kubernetes types the tests and API types use, written from their documented JSON
# (k8s.io/apimachinery, k8s.io/apiextensions-apiserver): only what encoding/json needs.
K8S_STUBS = {
    "k8s.io/apimachinery/pkg/apis/meta/v1": """package v1
const NamespaceDefault = "default"
type TypeMeta struct { Kind string `json:"kind,omitempty"`; APIVersion string `json:"apiVersion,omitempty"` }
type ObjectMeta struct {
  Name string `json:"name,omitempty"`; GenerateName string `json:"generateName,omitempty"`
  Namespace string `json:"namespace,omitempty"`; UID string `json:"uid,omitempty"`
  ResourceVersion string `json:"resourceVersion,omitempty"`; Generation int64 `json:"generation,omitempty"`
  Labels map[string]string `json:"labels,omitempty"`; Annotations map[string]string `json:"annotations,omitempty"`
  Finalizers []string `json:"finalizers,omitempty"`
}
type LabelSelector struct { MatchLabels map[string]string `json:"matchLabels,omitempty"`; MatchExpressions []LabelSelectorRequirement `json:"matchExpressions,omitempty"` }
type LabelSelectorRequirement struct { Key string `json:"key"`; Operator LabelSelectorOperator `json:"operator"`; Values []string `json:"values,omitempty"` }
type LabelSelectorOperator string
const ( LabelSelectorOpIn LabelSelectorOperator = "In"; LabelSelectorOpNotIn LabelSelectorOperator = "NotIn"; LabelSelectorOpExists LabelSelectorOperator = "Exists"; LabelSelectorOpDoesNotExist LabelSelectorOperator = "DoesNotExist" )
type Condition struct { Type string `json:"type"`; Status ConditionStatus `json:"status"`; ObservedGeneration int64 `json:"observedGeneration,omitempty"`; LastTransitionTime Time `json:"lastTransitionTime"`; Reason string `json:"reason"`; Message string `json:"message"` }
type ConditionStatus string
const ( ConditionTrue ConditionStatus = "True"; ConditionFalse ConditionStatus = "False"; ConditionUnknown ConditionStatus = "Unknown" )
""",
    "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1": "package v1\n",
    "k8s.io/apimachinery/pkg/api/resource": "package resource\n",
    "k8s.io/api/core/v1": "package v1\nconst GroupName = \"\"\n",
    "k8s.io/apimachinery/pkg/util/intstr": """package intstr
type Type int64
const ( Int Type = 0; String Type = 1 )
""",
}
# Types whose JSON form is not their Go struct (custom MarshalJSON).
SPECIAL_TYPES = {
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "Time"), ("k8s.io/apimachinery/pkg/apis/meta/v1", "Duration"),
    ("k8s.io/apimachinery/pkg/apis/meta/v1", "MicroTime"),
    ("k8s.io/apimachinery/pkg/api/resource", "Quantity"), ("k8s.io/apimachinery/pkg/util/intstr", "IntOrString"),
    ("k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1", "JSON"), ("time", "Duration"),
}
BUILTIN_TYPES = {"string", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                 "uint32", "uint64", "uintptr", "float32", "float64", "byte", "rune", "error", "any"}


class Package:
    def __init__(self, path):
        self.path = path
        self.types = {}   # name -> (type AST, file imports)
        self.consts = {}  # name -> (expr AST or value, type AST, file imports)
        self.funcs = {}   # name -> func decl (with file imports)
        self.vars = {}


class Universe:
    """All packages known to the interpreter, by import path."""

    def __init__(self):
        self.packages = {}
        for path, src in K8S_STUBS.items():
            self.add_source(path, src, "<stub %s>" % path)

    def package(self, path):
        return self.packages.setdefault(path, Package(path))

    def add_source(self, path, src, filename, skip_bodies=True):
        f = Parser(src, filename).parse_file(skip_bodies=skip_bodies)
        pkg = self.package(path)
        imports = f["imports"]
        for name, typ, alias in f["types"]:
            pkg.types[name] = (typ, imports)
        for group in f["consts"]:
            iota_expr, iota_type = None, None
            for iota, (names, typ, values, _) in enumerate(group):
                if values is None:
                    values, typ = iota_expr, iota_type
                else:
                    iota_expr, iota_type = values, typ
                for n, v in zip(names, values or []):
                    pkg.consts[n] = (v, typ, imports, iota)
        for fn in f["funcs"]:
            if fn["recv"] is None:
                fn["imports"] = imports
                fn["package"] = path
                pkg.funcs[fn["name"]] = fn
        for group in f["vars"]:
            for names, typ, values, _ in group:
                for i, n in enumerate(names):
                    pkg.vars[n] = (typ, values[i] if values else None, imports)
        return f


class TypeRef:
    """A resolved type: kind in name/ptr/slice/array/map/struct/iface/func/builtin; for `name`, the
    package path and name (the underlying type resolved on demand)."""
    __slots__ = ("kind", "pkg", "name", "elem", "key", "fields", "imports")

    def __init__(self, kind, pkg=None, name=None, elem=None, key=None, fields=None, imports=None):
        self.kind, self.pkg, self.name, self.elem, self.key, self.fields, self.imports = (
            kind, pkg, name, elem, key, fields, imports)

    def __deepcopy__(self, memo):
        return self  # types are immutable

    def __repr__(self):
        if self.kind == "named":
            return "%s.%s" % (self.pkg.rsplit("/", 1)[-1], self.name)
        if self.kind == "builtin":
            return self.name
        return "%s(%r)" % (self.kind, self.elem)


def resolve_type(universe, ast, imports, pkg_path):
    kind = ast[0]
    if kind == "name":
        if ast[1] in BUILTIN_TYPES and ast[1] not in universe.package(pkg_path).types:
            return TypeRef("builtin", name=ast[1])
        return TypeRef("named", pkg=pkg_path, name=ast[1])
    if kind == "sel":
        alias = ast[1][1]
        if alias not in imports:
            raise GoError("unknown package %s" % alias)
        return TypeRef("named", pkg=imports[alias], name=ast[2])
    if kind == "ptr":
        return TypeRef("ptr", elem=resolve_type(universe, ast[1], imports, pkg_path))
    if kind == "slice":
        return TypeRef("slice", elem=resolve_type(universe, ast[1], imports, pkg_path))
    if kind == "array":
        return TypeRef("slice", elem=resolve_type(universe, ast[2], imports, pkg_path))
    if kind == "map":
        return TypeRef("map", key=resolve_type(universe, ast[1], imports, pkg_path),
                       elem=resolve_type(universe, ast[2], imports, pkg_path))
    if kind == "struct":
        return TypeRef("struct", fields=ast[1], imports=imports, pkg=pkg_path)
    if kind == "iface":
        return TypeRef("iface")
    if kind == "functype":
        return TypeRef("func")
    if kind == "index":  # generic instantiation: treat as the generic type
        return resolve_type(universe, ast[1], imports, pkg_path)
    raise GoError("unsupported type %r" % (ast,))


def underlying(universe, t, depth=0):
    while t.kind == "named":
        if (t.pkg, t.name) in SPECIAL_TYPES:
            return t
        pkg = universe.packages.get(t.pkg)
        if pkg is None or t.name not in pkg.types:
            return TypeRef("opaque", pkg=t.pkg, name=t.name)
        ast, imports = pkg.types[t.name]
        t = resolve_type(universe, ast, imports, t.pkg)
    return t


def struct_fields(universe, t, exported_only=False):
    """[(go name, TypeRef, json name or None for inline, omitempty, omitzero, embedded)] of a struct."""
    u = underlying(universe, t)
    if u.kind != "struct":
        return None
    out = []
    for name, ast, tag, embedded in u.fields:
        ft = resolve_type(universe, ast, u.imports, u.pkg)
        m = re.search(r'json:"([^"]*)"', tag)
        opts = m.group(1).split(",") if m else [None]
        json_name = opts[0]
        if json_name == "-" and len(opts) == 1:
            continue
        if not json_name:
            json_name = None if embedded else name
        if exported_only and not embedded and not name[0].isupper():
            continue
        out.append((name, ft, json_name, "omitempty" in opts[1:], "omitzero" in opts[1:], embedded))
    return out


# ---------------------------------------------------------------------------------------------------
# Values

class GoStruct:
    __slots__ = ("type", "fields")

    def __init__(self, typ, fields=None):
        self.type, self.fields = typ, fields if fields is not None else {}

    def __repr__(self):
        return "%r%r" % (self.type, self.fields)


class Ptr:
    __slots__ = ("target",)

    def __init__(self, target):
        self.target = target


class GoSlice:
    __slots__ = ("type", "items")

    def __init__(self, typ, items):
        self.type, self.items = typ, items


class GoMap:
    __slots__ = ("type", "items")

    def __init__(self, typ, items):
        self.type, self.items = typ, items


class Duration(int):
    pass


class Opaque:
    """A value the fixtures do not need (clients, contexts, *testing.T): calls on it do nothing."""

    def __init__(self, what):
        self.what = what

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<%s>" % self.what


class Closure:
    def __deepcopy__(self, memo):
        return self  # functions are shared, never copied

    def __init__(self, params, body, env, interp, imports, pkg):
        self.params, self.body, self.env, self.interp, self.imports, self.pkg = params, body, env, interp, imports, pkg


class TypeValue:
    def __init__(self, typ):
        self.typ = typ

    def __deepcopy__(self, memo):
        return self


class ReturnSignal(Exception):
    def __init__(self, values):
        self.values = values


class BreakSignal(Exception):
    pass


class ContinueSignal(Exception):
    pass


class Env:
    def __init__(self, parent=None):
        self.vars, self.parent = {}, parent

    def lookup(self, name):
        e = self
        while e is not None:
            if name in e.vars:
                return e
            e = e.parent
        return None


FIXED_UNIX_NANO = 1700000000000000000


# ---------------------------------------------------------------------------------------------------
# Interpreter

class Interpreter:
    def __init__(self, universe, hooks):
        self.u = universe
        self.hooks = hooks  # object with create(obj, line), status_update(obj, line), run(name, fn)

    # --- type helpers
    def type_of(self, ast, imports, pkg):
        return resolve_type(self.u, ast, imports, pkg)

    def zero(self, t):
        u = underlying(self.u, t)
        if u.kind == "builtin":
            return "" if u.name == "string" else False if u.name == "bool" else \
                0.0 if u.name.startswith("float") else None if u.name in ("error", "any") else 0
        if u.kind == "struct":
            return GoStruct(t)
        if u.kind == "named" and (u.pkg, u.name) in SPECIAL_TYPES:
            return GoStruct(t) if u.name != "Duration" or u.pkg != "time" else Duration(0)
        return None

    def is_type_expr(self, ast, env, imports, pkg):
        k = ast[0]
        if k in ("slice", "map", "array", "struct", "ptr", "functype", "iface", "chan"):
            return True
        if k == "name":
            if env.lookup(ast[1]):
                return isinstance(env.lookup(ast[1]).vars[ast[1]], TypeValue)
            return ast[1] in BUILTIN_TYPES or ast[1] in self.u.package(pkg).types
        if k == "sel" and ast[1][0] == "name" and ast[1][1] in imports and not env.lookup(ast[1][1]):
            p = self.u.packages.get(imports[ast[1][1]])
            return p is not None and ast[2] in p.types or (imports[ast[1][1]], ast[2]) in SPECIAL_TYPES
        if k == "unary" and ast[1] == "*":
            return self.is_type_expr(ast[2], env, imports, pkg)
        if k == "paren":
            return self.is_type_expr(ast[1], env, imports, pkg)
        return False

    def type_from_expr(self, ast, env, imports, pkg):
        if ast[0] == "name" and env.lookup(ast[1]):
            return env.lookup(ast[1]).vars[ast[1]].typ
        if ast[0] == "unary":
            return TypeRef("ptr", elem=self.type_from_expr(ast[2], env, imports, pkg))
        if ast[0] == "paren":
            return self.type_from_expr(ast[1], env, imports, pkg)
        return self.type_of(ast, imports, pkg)

    # --- statements
    def run_block(self, block, env, imports, pkg):
        for st in block[1]:
            self.stmt(st, env, imports, pkg)

    def stmt(self, st, env, imports, pkg):
        k = st[0]
        if k == "expr":
            self.eval(st[1], env, imports, pkg)
        elif k == "assign":
            self.assign(st[1], st[2], st[3], env, imports, pkg)
        elif k == "opassign":
            cur = self.eval(st[1], env, imports, pkg)
            val = self.binop(st[2], cur, self.eval(st[3], env, imports, pkg))
            self.store(st[1], val, env, imports, pkg)
        elif k == "block":
            self.run_block(st, Env(env), imports, pkg)
        elif k == "if":
            scope = Env(env)
            if st[1] is not None:
                self.stmt(st[1], scope, imports, pkg)
            if self.truth(self.eval(st[2], scope, imports, pkg)):
                self.run_block(st[3], Env(scope), imports, pkg)
            elif st[4] is not None:
                self.stmt(st[4], scope, imports, pkg)
        elif k == "for":
            scope = Env(env)
            if st[1] is not None:
                self.stmt(st[1], scope, imports, pkg)
            guard = 0
            while st[2] is None or self.truth(self.eval(st[2], scope, imports, pkg)):
                guard += 1
                if guard > 100000:
                    raise GoError("loop does not end")
                try:
                    self.run_block(st[4], Env(scope), imports, pkg)
                except BreakSignal:
                    break
                except ContinueSignal:
                    pass
                if st[3] is not None:
                    self.stmt(st[3], scope, imports, pkg)
        elif k == "forrange":
            self.for_range(st, env, imports, pkg)
        elif k == "switch":
            scope = Env(env)
            if st[1] is not None:
                self.stmt(st[1], scope, imports, pkg)
            tag = self.eval(st[2], scope, imports, pkg) if st[2] is not None else True
            chosen = None
            for exprs, body in st[3]:
                if exprs is None:
                    continue
                if any(self.equal(tag, self.eval(e, scope, imports, pkg)) for e in exprs):
                    chosen = body
                    break
            if chosen is None:
                chosen = next((b for e, b in st[3] if e is None), None)
            if chosen is not None:
                try:
                    self.run_block(chosen, Env(scope), imports, pkg)
                except BreakSignal:
                    pass
        elif k == "return":
            raise ReturnSignal([self.eval(v, env, imports, pkg) for v in st[1]])
        elif k == "break":
            raise BreakSignal()
        elif k == "continue":
            raise ContinueSignal()
        elif k == "var":
            for names, typ, values, _ in st[1]:
                t = self.type_of(typ, imports, pkg) if typ is not None else None
                vals = [self.eval(v, env, imports, pkg) for v in values] if values else [self.zero(t) for _ in names]
                for n, v in zip(names, vals):
                    env.vars[n] = self.copy_value(v)
        elif k == "typedecl":
            for name, typ, _ in st[1]:
                env.vars[name] = TypeValue(self.type_of(typ, imports, pkg))
        elif k == "ignored":
            pass
        else:
            raise GoError("unsupported statement %s" % k)

    def for_range(self, st, env, imports, pkg):
        _, lhs, op, src_ast, _ = st[1]
        src = self.eval(src_ast, env, imports, pkg)
        if isinstance(src, GoSlice):
            pairs = list(enumerate(src.items or []))
        elif isinstance(src, GoMap):
            pairs = list(src.items.items())
        elif isinstance(src, int):
            pairs = [(i, None) for i in range(src)]
        elif src is None:
            pairs = []
        elif isinstance(src, str):
            pairs = list(enumerate(src))
        else:
            raise GoError("cannot range over %r" % (src,))
        for key, value in pairs:
            scope = Env(env)
            targets = [key, value]
            for i, target in enumerate(lhs):
                if target[0] == "name" and target[1] == "_":
                    continue
                v = self.copy_value(targets[i])
                if op == ":=":
                    scope.vars[target[1]] = v
                else:
                    self.store(target, v, env, imports, pkg)
            try:
                self.run_block(st[2], scope, imports, pkg)
            except BreakSignal:
                break
            except ContinueSignal:
                pass

    def assign(self, lhs, op, rhs, env, imports, pkg):
        if len(rhs) == 1 and len(lhs) > 1:
            vals = self.eval(rhs[0], env, imports, pkg)
            if isinstance(vals, tuple):
                vals = list(vals)
            else:
                vals = [vals] + [None] * (len(lhs) - 1)
        else:
            vals = [self.eval(r, env, imports, pkg) for r in rhs]
        for target, v in zip(lhs, vals):
            if isinstance(v, tuple):
                v = v[0]
            if target[0] == "name" and target[1] == "_":
                continue
            v = self.copy_value(v)
            if op == ":=" and target[0] == "name":
                env.vars[target[1]] = v
            else:
                self.store(target, v, env, imports, pkg)

    @staticmethod
    def copy_value(v):
        """Go copies struct values on assignment; pointers, slices and maps share."""
        return copy.deepcopy(v) if isinstance(v, GoStruct) else v

    def store(self, target, value, env, imports, pkg):
        k = target[0]
        if k == "name":
            e = env.lookup(target[1])
            if e is None:
                raise GoError("assignment to unknown variable %s" % target[1])
            e.vars[target[1]] = value
        elif k == "sel":
            obj = self.deref(self.eval(target[1], env, imports, pkg))
            if not isinstance(obj, GoStruct):
                raise GoError("assignment to field %s of %r" % (target[2], obj))
            holder, name = self.field_holder(obj, target[2])
            holder.fields[name] = value
        elif k == "index":
            container = self.deref(self.eval(target[1], env, imports, pkg))
            idx = self.eval(target[2], env, imports, pkg)
            if isinstance(container, GoSlice):
                container.items[idx] = value
            elif isinstance(container, GoMap):
                container.items[idx] = value
            else:
                raise GoError("index assignment into %r" % (container,))
        elif k == "unary" and target[1] == "*":
            p = self.eval(target[2], env, imports, pkg)
            if not isinstance(p, Ptr):
                raise GoError("store through non-pointer")
            p.target = value
        elif k == "paren":
            self.store(target[1], value, env, imports, pkg)
        else:
            raise GoError("unsupported assignment target %s" % k)

    def field_holder(self, obj, name):
        """The struct that holds field `name` of obj (following embedded structs, creating zero
        values on the way), and the field's Go name."""
        path = self.field_path(obj.type, name)
        if path is None:
            raise GoError("no field %s in %r" % (name, obj.type))
        holder = obj
        for step, step_type in path[:-1]:
            inner = holder.fields.get(step)
            if inner is None:
                inner = self.zero(step_type)
                if isinstance(inner, GoStruct):
                    holder.fields[step] = inner
                else:
                    inner = GoStruct(step_type.elem if step_type.kind == "ptr" else step_type)
                    holder.fields[step] = Ptr(inner)
            holder = self.deref(inner)
        return holder, path[-1][0]

    def field_path(self, t, name, depth=0):
        fields = struct_fields(self.u, t)
        if fields is None or depth > 6:
            return None
        for fname, ftype, _, _, _, _ in fields:
            if fname == name:
                return [(fname, ftype)]
        for fname, ftype, _, _, _, embedded in fields:
            if embedded:
                inner = ftype.elem if ftype.kind == "ptr" else ftype
                sub = self.field_path(inner, name, depth + 1)
                if sub:
                    return [(fname, ftype)] + sub
        return None

    @staticmethod
    def deref(v):
        while isinstance(v, Ptr):
            v = v.target
        return v

    @staticmethod
    def truth(v):
        return bool(v)

    def equal(self, a, b):
        return self.binop("==", a, b)

    # --- expressions
    def eval(self, ast, env, imports, pkg, want=None):
        k = ast[0]
        if k == "lit":
            return ast[1]
        if k == "name":
            return self.lookup_name(ast[1], env, imports, pkg)
        if k == "paren":
            return self.eval(ast[1], env, imports, pkg, want)
        if k == "sel":
            return self.selector(ast, env, imports, pkg)
        if k == "composite":
            t = want if ast[1] is None else self.type_from_expr(ast[1], env, imports, pkg)
            if t is None:
                raise GoError("composite literal without a type")
            return self.composite(t, ast[2], env, imports, pkg)
        if k == "unary":
            op = ast[1]
            if op == "&":
                inner_want = want.elem if want is not None and want.kind == "ptr" else None
                return Ptr(self.eval(ast[2], env, imports, pkg, inner_want))
            v = self.eval(ast[2], env, imports, pkg)
            if op == "-":
                return -v
            if op == "+":
                return v
            if op == "!":
                return not v
            if op == "*":
                return self.deref(v) if isinstance(v, Ptr) else v
            raise GoError("unsupported unary %s" % op)
        if k == "bin":
            op = ast[1]
            if op == "&&":
                return self.truth(self.eval(ast[2], env, imports, pkg)) and self.truth(self.eval(ast[3], env, imports, pkg))
            if op == "||":
                return self.truth(self.eval(ast[2], env, imports, pkg)) or self.truth(self.eval(ast[3], env, imports, pkg))
            return self.binop(op, self.eval(ast[2], env, imports, pkg), self.eval(ast[3], env, imports, pkg))
        if k == "call":
            return self.call(ast, env, imports, pkg)
        if k == "index":
            c = self.deref(self.eval(ast[1], env, imports, pkg))
            i = self.eval(ast[2], env, imports, pkg)
            if isinstance(c, GoSlice):
                return c.items[i]
            if isinstance(c, GoMap):
                return c.items.get(i)
            if isinstance(c, str):
                return ord(c[i])
            raise GoError("cannot index %r" % (c,))
        if k == "slice_expr":
            c = self.eval(ast[1], env, imports, pkg)
            lo = self.eval(ast[2], env, imports, pkg) if ast[2] is not None else None
            hi = self.eval(ast[3], env, imports, pkg) if ast[3] is not None else None
            if isinstance(c, GoSlice):
                return GoSlice(c.type, c.items[lo:hi])
            return c[lo:hi]
        if k == "funclit":
            return Closure(ast[1][0], ast[2], env, self, imports, pkg)
        if k in ("slice", "map", "array", "struct", "ptr"):
            return TypeValue(self.type_of(ast, imports, pkg))
        if k == "assert":
            return self.eval(ast[1], env, imports, pkg)
        raise GoError("unsupported expression %s" % k)

    def lookup_name(self, name, env, imports, pkg):
        e = env.lookup(name)
        if e is not None:
            return e.vars[name]
        if name == "nil":
            return None
        if name in ("true", "false"):
            return name == "true"
        if name == "iota":
            raise GoError("iota outside const")
        p = self.u.package(pkg)
        if name in p.consts:
            return self.const_value(p, name)
        if name in p.funcs:
            return self.func_value(p.funcs[name])
        if name in p.vars:
            return self.package_var(p, name)
        if name in p.types or name in BUILTIN_TYPES:
            return TypeValue(self.type_of(("name", name), imports, pkg))
        if name in BUILTINS:
            return ("builtin", name)
        return Opaque(name)

    def package_var(self, p, name):
        typ, value, imports = p.vars[name]
        if value is None:
            return Opaque(name)
        return self.eval(value, Env(), imports, p.path)

    def const_value(self, p, name):
        v, typ, imports, iota = p.consts[name]
        if not isinstance(v, tuple):
            return v
        env = Env()
        env.vars["iota"] = iota
        return self.eval(v, env, imports, p.path)

    def func_value(self, fn):
        if fn["body"] is None:
            return Opaque(fn["name"])
        return Closure(fn["sig"][0], fn["body"], Env(), self, fn["imports"], fn["package"])

    def selector(self, ast, env, imports, pkg):
        base = ast[1]
        if base[0] == "name" and env.lookup(base[1]) is None and base[1] in imports:
            path = imports[base[1]]
            p = self.u.packages.get(path)
            name = ast[2]
            if p is not None:
                if name in p.consts:
                    return self.const_value(p, name)
                if name in p.types:
                    return TypeValue(TypeRef("named", pkg=path, name=name))
                if name in p.funcs:
                    return self.func_value(p.funcs[name])
                if name in p.vars:
                    return self.package_var(p, name)
            if (path, name) in SPECIAL_TYPES:
                return TypeValue(TypeRef("named", pkg=path, name=name))
            return ("pkgfunc", path, name)
        obj = self.eval(base, env, imports, pkg)
        target = self.deref(obj)
        if isinstance(target, GoStruct):
            path = self.field_path(target.type, ast[2])
            if path is None:
                return ("method", obj, ast[2])
            holder = target
            for step, step_type in path[:-1]:
                inner = holder.fields.get(step)
                if inner is None:
                    inner = self.zero(step_type)
                    if not isinstance(inner, GoStruct):
                        raise GoError("nil pointer dereference at %s" % step)
                    holder.fields[step] = inner
                holder = self.deref(inner)
            fname, ftype = path[-1]
            if fname not in holder.fields:
                z = self.zero(ftype)
                if isinstance(z, GoStruct):
                    holder.fields[fname] = z
                return z
            return holder.fields[fname]
        if isinstance(obj, Opaque) or obj is None:
            if obj is None:
                raise GoError("nil dereference: .%s" % ast[2])
            return ("method", obj, ast[2])
        return ("method", obj, ast[2])

    def composite(self, t, elems, env, imports, pkg):
        u = underlying(self.u, t)
        if u.kind == "struct":
            s = GoStruct(t)
            fields = struct_fields(self.u, t)
            for i, (key, val) in enumerate(elems):
                if key is None:
                    fname, ftype = fields[i][0], fields[i][1]
                else:
                    fname = key[1]
                    ftype = next((f[1] for f in fields if f[0] == fname), None)
                    if ftype is None:
                        raise GoError("no field %s in %r" % (fname, t))
                s.fields[fname] = self.copy_value(self.eval(val, env, imports, pkg, ftype))
            return s
        if u.kind == "slice":
            items, idx = [], 0
            for key, val in elems:
                if key is not None:
                    idx = self.eval(key, env, imports, pkg)
                while len(items) <= idx:
                    items.append(self.zero(u.elem))
                items[idx] = self.copy_value(self.eval(val, env, imports, pkg, u.elem))
                idx += 1
            return GoSlice(t, items)
        if u.kind == "map":
            m = {}
            for key, val in elems:
                kv = self.eval(key, env, imports, pkg, u.key) if key[0] != "composite" else None
                m[kv] = self.copy_value(self.eval(val, env, imports, pkg, u.elem))
            return GoMap(t, m)
        if u.kind == "ptr":
            return Ptr(self.composite(u.elem, elems, env, imports, pkg))
        if u.kind == "named" and (u.pkg, u.name) in SPECIAL_TYPES:
            s = GoStruct(t)
            for key, val in elems:
                s.fields[key[1]] = self.eval(val, env, imports, pkg)
            return s
        raise GoError("composite literal of %r" % (t,))

    def binop(self, op, a, b):
        if op in ("==", "!="):
            eq = (a is None and b is None) or (a is not None and b is not None and a == b)
            if isinstance(a, Opaque) or isinstance(b, Opaque):
                eq = False
            return eq if op == "==" else not eq
        if isinstance(a, str) and op == "+":
            return a + b
        ops = {"+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y,
               "/": lambda x, y: x // y if isinstance(x, int) and isinstance(y, int) else x / y,
               "%": lambda x, y: x % y, "<": lambda x, y: x < y, "<=": lambda x, y: x <= y,
               ">": lambda x, y: x > y, ">=": lambda x, y: x >= y, "<<": lambda x, y: x << y,
               ">>": lambda x, y: x >> y, "&": lambda x, y: x & y, "|": lambda x, y: x | y,
               "^": lambda x, y: x ^ y, "&^": lambda x, y: x & ~y}
        if op not in ops:
            raise GoError("unsupported operator %s" % op)
        r = ops[op](a, b)
        if isinstance(a, Duration) or isinstance(b, Duration):
            r = Duration(r) if isinstance(r, int) and not isinstance(r, bool) else r
        return r

    def call(self, ast, env, imports, pkg):
        fn_ast, args_ast, spread, line = ast[1], ast[2], ast[3], ast[4]
        # conversions: T(x)
        if self.is_type_expr(fn_ast, env, imports, pkg):
            t = self.type_from_expr(fn_ast, env, imports, pkg)
            return self.convert(t, self.eval(args_ast[0], env, imports, pkg))
        # generic instantiation f[T](x)
        if fn_ast[0] == "index" and not (fn_ast[1][0] == "name" and env.lookup(fn_ast[1][1])):
            fn_ast = fn_ast[1]
        f = self.eval(fn_ast, env, imports, pkg)
        if isinstance(f, tuple) and f[0] == "builtin":
            return self.builtin(f[1], args_ast, spread, env, imports, pkg)
        if isinstance(f, TypeValue):
            return self.convert(f.typ, self.eval(args_ast[0], env, imports, pkg))
        args = [self.eval(a, env, imports, pkg) for a in args_ast]
        if isinstance(f, Closure):
            return self.call_closure(f, args)
        if isinstance(f, tuple) and f[0] == "pkgfunc":
            return self.package_function(f[1], f[2], args, line)
        if isinstance(f, tuple) and f[0] == "method":
            return self.method(f[1], f[2], args, args_ast, line)
        if isinstance(f, Opaque):
            return Opaque("result of %s" % f.what)
        raise GoError("cannot call %r" % (f,))

    def call_closure(self, f, args):
        scope = Env(f.env)
        for (name, _), value in zip(f.params, args):
            if name:
                scope.vars[name] = self.copy_value(value)
        try:
            self.run_block(f.body, scope, f.imports, f.pkg)
        except ReturnSignal as r:
            return r.values[0] if len(r.values) == 1 else tuple(r.values) if r.values else None
        return None

    def convert(self, t, v):
        u = underlying(self.u, t)
        if u.kind == "builtin":
            if u.name == "string":
                if isinstance(v, GoSlice):
                    return bytes(v.items).decode("utf-8", "replace")
                if isinstance(v, bytes):
                    return v.decode()
                return chr(v) if isinstance(v, int) and not isinstance(v, bool) else v
            if u.name.startswith("int") or u.name.startswith("uint"):
                return int(v)
            if u.name.startswith("float"):
                return float(v)
            return v
        if u.kind == "slice" and isinstance(v, str):
            return GoSlice(t, list(v.encode()))
        if (u.pkg, u.name) == ("time", "Duration"):
            return Duration(v)
        return v

    def builtin(self, name, args_ast, spread, env, imports, pkg):
        if name in ("new", "make") and args_ast and self.is_type_expr(args_ast[0], env, imports, pkg):
            t = self.type_from_expr(args_ast[0], env, imports, pkg)
            if name == "new":
                return Ptr(self.zero(t))
            u = underlying(self.u, t)
            if u.kind == "slice":
                n = self.eval(args_ast[1], env, imports, pkg) if len(args_ast) > 1 else 0
                return GoSlice(t, [self.zero(u.elem) for _ in range(n)])
            if u.kind == "map":
                return GoMap(t, {})
            raise GoError("make of %r" % (t,))
        args = [self.eval(a, env, imports, pkg) for a in args_ast]
        if name == "new":
            return Ptr(args[0])
        if name == "len":
            v = self.deref(args[0])
            if v is None:
                return 0
            return len(v.items) if isinstance(v, (GoSlice, GoMap)) else len(v)
        if name == "append":
            s = args[0]
            items = list(s.items) if isinstance(s, GoSlice) and s.items else []
            extra = args[1:]
            if spread:
                extra = list(extra[-1].items) if isinstance(extra[-1], GoSlice) else list(extra[-1] or [])
                extra = args[1:-1] + extra
            items.extend(self.copy_value(x) for x in extra)
            return GoSlice(s.type if isinstance(s, GoSlice) else None, items)
        if name == "panic":
            raise GoError("panic: %r" % (args,))
        if name in ("min", "max"):
            return (min if name == "min" else max)(args)
        raise GoError("unsupported builtin %s" % name)

    def package_function(self, path, name, args, line):
        if path == "k8s.io/utils/ptr" and name == "To":
            return Ptr(args[0])
        if name.endswith("Ptr") and path.endswith("/internal/gatewayapi"):
            return Ptr(args[0])
        if path == "fmt" and name == "Sprintf":
            return go_sprintf(args[0], args[1:])
        if path == "strings":
            if name == "Repeat":
                return args[0] * args[1]
            if name == "ToLower":
                return args[0].lower()
            if name == "ToUpper":
                return args[0].upper()
            if name == "Contains":
                return args[1] in args[0]
            if name == "Join":
                return args[1].join(args[0].items)
            if name == "ReplaceAll":
                return args[0].replace(args[1], args[2])
        if path == "time" and name == "Now":
            return Opaque("time.Now")
        if path == "time" and name == "ParseDuration":
            return parse_go_duration(args[0]), None
        if path == "k8s.io/apimachinery/pkg/api/resource" and name == "MustParse":
            return GoStruct(TypeRef("named", pkg=path, name="Quantity"), {"s": args[0]})
        if path == "k8s.io/apimachinery/pkg/util/intstr" and name in ("FromInt", "FromInt32"):
            return GoStruct(TypeRef("named", pkg=path, name="IntOrString"), {"Type": 0, "IntVal": args[0]})
        if path == "k8s.io/apimachinery/pkg/util/intstr" and name == "FromString":
            return GoStruct(TypeRef("named", pkg=path, name="IntOrString"), {"Type": 1, "StrVal": args[0]})
        if path == "context":
            return Opaque("context")
        raise GoError("unsupported function %s.%s" % (path, name))

    def method(self, recv, name, args, args_ast, line):
        if isinstance(recv, Opaque):
            if name == "Run" and recv.what == "t" and len(args) == 2 and isinstance(args[1], Closure):
                return self.hooks.run(args[0], args[1], self)
            if name == "Create" and len(args) >= 2:
                self.hooks.create(args[1], line)
                return None
            if name == "Update" and recv.what == "status":
                self.hooks.status_update(args[1], line)
                return None
            if name == "Update" and len(args) >= 2:
                self.hooks.update(args[1], line)
                return None
            if name == "Status":
                return Opaque("status")
            if name == "UnixNano" and recv.what == "time.Now":
                return FIXED_UNIX_NANO
            if recv.what == "t" and name in ("Fatalf", "Fatal", "FailNow"):
                raise GoError("t.%s reached" % name)
            if name == "Context":
                return Opaque("context")
            return Opaque("%s.%s()" % (recv.what, name))
        target = self.deref(recv)
        if name == "DeepCopy" and isinstance(target, GoStruct):
            return Ptr(copy.deepcopy(target))
        if name == "Error" and recv is None:
            raise GoError("nil error")
        if isinstance(target, Closure):
            return self.call_closure(target, args)
        if isinstance(target, GoStruct):
            fn = target.fields.get(name)
            if isinstance(fn, Closure):
                return self.call_closure(fn, args)
        raise GoError("unsupported method %s on %r" % (name, recv))


BUILTINS = {"new", "make", "len", "append", "panic", "min", "max", "cap", "delete", "copy"}


def go_sprintf(fmt, args):
    out, ai = [], 0
    for m in re.finditer(r"%([-+# 0]*\d*(?:\.\d+)?)([a-zA-Z%])|[^%]+", fmt):
        if m.group(2) is None:
            out.append(m.group())
            continue
        verb = m.group(2)
        if verb == "%":
            out.append("%")
            continue
        a = args[ai]
        ai += 1
        if isinstance(a, Ptr):
            a = a.target
        if verb == "q":
            out.append('"%s"' % str(a).replace("\\", "\\\\").replace('"', '\\"'))
        elif verb in "dv" and isinstance(a, bool):
            out.append("true" if a else "false")
        elif verb in "dsv":
            out.append(("%" + m.group(1) + ("d" if verb == "d" else "s")) % a)
        else:
            out.append(("%" + m.group(1) + verb) % a)
    return "".join(out)


def parse_go_duration(s):
    total = 0
    units = {"ns": 1, "us": 1000, "µs": 1000, "ms": 10 ** 6, "s": 10 ** 9, "m": 60 * 10 ** 9, "h": 3600 * 10 ** 9}
    for num, unit in re.findall(r"([\d.]+)(ns|us|µs|ms|s|m|h)", s):
        total += int(float(num) * units[unit])
    return Duration(total)


def format_go_duration(ns):
    """time.Duration.String()."""
    if ns == 0:
        return "0s"
    sign = "-" if ns < 0 else ""
    ns = abs(ns)
    if ns < 10 ** 9:
        for unit, size in (("ms", 10 ** 6), ("µs", 1000), ("ns", 1)):
            if ns >= size:
                return sign + ("%g" % (ns / size)) + unit
    h, rem = divmod(ns, 3600 * 10 ** 9)
    m, rem = divmod(rem, 60 * 10 ** 9)
    s = rem / 10 ** 9
    text = ("%.9f" % s).rstrip("0").rstrip(".") + "s"
    if h:
        return "%s%dh%dm%s" % (sign, h, m, text)
    if m:
        return "%s%dm%s" % (sign, m, text)
    return sign + text


# ---------------------------------------------------------------------------------------------------
# Go values -> JSON (encoding/json rules)

class JsonWriter:
    def __init__(self, universe):
        self.u = universe
        self.notes = set()

    def value(self, v, t=None):
        """JSON value of v (None: null)."""
        if isinstance(v, Ptr):
            return self.value(v.target, t.elem if t is not None and t.kind == "ptr" else None)
        if isinstance(v, GoStruct):
            return self.struct(v)
        if isinstance(v, GoSlice):
            if v.items is None:
                return None
            elem = None
            if v.type is not None:
                u = underlying(self.u, v.type)
                elem = u.elem if u.kind == "slice" else None
            if elem is not None and underlying(self.u, elem).kind == "builtin" and underlying(self.u, elem).name in ("byte", "uint8"):
                return base64.b64encode(bytes(v.items)).decode()
            return [self.value(x, elem) for x in v.items]
        if isinstance(v, GoMap):
            elem = underlying(self.u, v.type).elem if v.type is not None else None
            return {str(k): self.value(v.items[k], elem) for k in sorted(v.items, key=str)}  # as encoding/json
        if isinstance(v, Duration):
            return int(v)
        if isinstance(v, (Opaque, Closure, TypeValue, tuple)):
            raise GoError("cannot serialise %r" % (v,))
        return v

    def struct(self, s):
        key = (s.type.pkg, s.type.name) if s.type.kind == "named" else None
        if key in SPECIAL_TYPES:
            return self.special(key, s)
        fields = struct_fields(self.u, s.type, exported_only=True)
        if fields is None:
            raise GoError("struct type %r unknown" % (s.type,))
        out = {}
        for fname, ftype, json_name, omitempty, omitzero, embedded in fields:
            present = fname in s.fields
            v = s.fields.get(fname)
            if json_name is None:  # embedded without a JSON name: its fields are inlined
                inner = v if present else None
                if inner is None:
                    z = Interpreter(self.u, None).zero(ftype)
                    inner = z
                inner = Interpreter.deref(inner)
                if isinstance(inner, GoStruct):
                    for k2, v2 in self.struct(inner).items():
                        out.setdefault(k2, v2)
                continue
            if not present:
                v = Interpreter(self.u, None).zero(ftype)
            if v is None or (isinstance(v, GoSlice) and v.items is None):
                continue  # null: the API server drops it for non-nullable fields
            if omitempty and self.empty(v):
                continue
            if omitzero and self.is_zero(v):
                continue
            jv = self.value(v, ftype)
            if jv is None:
                continue
            out[json_name] = jv
        return out

    def empty(self, v):
        if isinstance(v, (GoSlice, GoMap)):
            return not v.items
        if isinstance(v, Ptr):
            return False
        if isinstance(v, GoStruct):
            return False
        return v in ("", 0, False, None) and not (isinstance(v, float) and v != 0)

    def is_zero(self, v):
        if isinstance(v, GoStruct):
            return all(self.is_zero(x) for x in v.fields.values())
        return self.empty(v) and not isinstance(v, Ptr)

    def special(self, key, s):
        pkg, name = key
        f = s.fields
        if name == "Quantity":
            return f.get("s", "0")
        if name == "IntOrString":
            if f.get("Type", 0) == 1:
                return f.get("StrVal", "")
            return f.get("IntVal", 0)
        if name == "JSON":
            raw = f.get("Raw")
            if raw is None:
                return None
            data = bytes(raw.items) if isinstance(raw, GoSlice) else raw
            return json.loads(data)
        if name == "Duration" and pkg.endswith("meta/v1"):
            return format_go_duration(int(f.get("Duration", 0)))
        if name in ("Time", "MicroTime"):
            if f:
                self.notes.add("metav1.Time value")
            return None
        raise GoError("special type %s" % name)


# ---------------------------------------------------------------------------------------------------
# Running test functions

API_GROUPS = {
    "github.com/envoyproxy/gateway/api/v1alpha1": "gateway.envoyproxy.io/v1alpha1",
    "sigs.k8s.io/gateway-api/apis/v1": "gateway.networking.k8s.io/v1",
    "sigs.k8s.io/gateway-api/apis/v1alpha2": "gateway.networking.k8s.io/v1alpha2",
    "sigs.k8s.io/gateway-api/apis/v1alpha3": "gateway.networking.k8s.io/v1alpha3",
    "sigs.k8s.io/gateway-api/apis/v1beta1": "gateway.networking.k8s.io/v1beta1",
    "sigs.k8s.io/gateway-api/apisx/v1alpha1": "gateway.networking.x-k8s.io/v1alpha1",
}
ERROR_FIELDS = re.compile(r"(?i)^(want|expected?)_?err")


class CaseRecorder:
    """The interpreter's hooks: `t.Run` starts a case, client calls record its objects."""

    def __init__(self, writer, test_name):
        self.writer, self.test_name = writer, test_name
        self.cases, self.current = [], None

    def run(self, name, closure, interp):
        parent = self.current
        case = {"test": self.test_name, "case": name if parent is None else parent["case"] + "/" + name,
                "objects": [], "status": None, "updated": None, "entry": self.find_entry(closure.env), "error": None}
        self.current = case
        t = Opaque("t")
        try:
            interp.call_closure(closure, [t])
        except (GoError, ReturnSignal, KeyError, IndexError, TypeError, AttributeError, ValueError,
                ZeroDivisionError, RecursionError) as e:
            if not case["objects"]:
                case["error"] = "%s: %s" % (type(e).__name__, e)
        self.current = parent
        if case["objects"] or case["error"]:
            self.cases.append(case)
        return True

    def find_entry(self, env):
        e = env
        while e is not None:
            for v in e.vars.values():
                if isinstance(v, GoStruct) and v.type.kind == "struct":
                    return v
            e = e.parent
        return None

    def snapshot(self, obj):
        target = Interpreter.deref(obj)
        if not isinstance(target, GoStruct) or target.type.kind != "named":
            raise GoError("created object is not a typed struct")
        body = self.writer.value(target)
        group_version = API_GROUPS.get(target.type.pkg)
        if group_version is None:
            raise GoError("object of unknown API package %s" % target.type.pkg)
        out = {"apiVersion": group_version, "kind": target.type.name}
        for k, v in body.items():
            if k not in ("apiVersion", "kind"):
                out[k] = v
        return out

    def create(self, obj, line):
        if self.current is None:
            return
        snapshot = self.snapshot(obj)
        snapshot.pop("status", None)  # the status subresource ignores it on create
        self.current["objects"].append(snapshot)

    def update(self, obj, line):
        if self.current is None:
            return
        snapshot = self.snapshot(obj)
        snapshot.pop("status", None)
        self.current["updated"] = snapshot

    def status_update(self, obj, line):
        if self.current is None:
            return
        self.current["status"] = self.snapshot(obj).get("status")


def expectations(entry, writer):
    """(wanted error substrings, verdict) from a case's table entry."""
    if entry is None:
        return None, None
    fields = struct_fields(writer.u, entry.type) or []
    errors, found = [], False
    for fname, _, _, _, _, _ in fields:
        if not ERROR_FIELDS.match(fname):
            continue
        found = True
        v = Interpreter.deref(entry.fields.get(fname))
        if isinstance(v, GoSlice):
            errors.extend(v.items or [])
        elif isinstance(v, str) and v:
            errors.append(v)
        elif isinstance(v, bool) and v:
            errors.append("")
    if not found:
        return None, None
    return errors, "rejected" if errors else "accepted"


def run_test_package(universe, files, pkg_path):
    """files: [(name, source)] of one test package. Returns cases as dicts."""
    results = []
    parsed = []
    for name, src in files:
        f = universe.add_source(pkg_path, src, name, skip_bodies=False)
        parsed.append((name, f))
    writer = JsonWriter(universe)
    for name, f in parsed:
        for fn in f["funcs"]:
            if not fn["name"].startswith("Test") or fn["recv"] is not None or fn["name"] == "TestMain":
                continue
            recorder = CaseRecorder(writer, fn["name"])
            interp = Interpreter(universe, recorder)
            env = Env()
            env.vars[fn["sig"][0][0][0]] = Opaque("t")
            try:
                interp.run_block(fn["body"], env, f["imports"], pkg_path)
                top_error = None
            except (GoError, KeyError, IndexError, TypeError, AttributeError, ValueError, ReturnSignal) as e:
                top_error = "%s: %s" % (type(e).__name__, e)
            for case in recorder.cases:
                errors, verdict = expectations(case["entry"], writer)
                results.append({
                    "file": name, "test": case["test"], "case": case["case"], "objects": case["objects"],
                    "status": case["status"], "updated": case["updated"], "wantErrors": errors, "verdict": verdict,
                    "error": case["error"] or (None if verdict is not None else "no expected errors in the case table"),
                })
            if top_error and not recorder.cases:
                results.append({"file": name, "test": fn["name"], "case": None, "objects": [], "status": None,
                                "wantErrors": None, "verdict": None, "error": top_error})
    return results

#!/usr/bin/env python3
"""Generate core/src/schema/v1.schema: the Kubernetes core/v1 schema served by kubeplay.

The data (types, fields, Go types, descriptions, required fields, enums) is derived
from the upstream Go API sources exactly the way the API server's OpenAPI document
is produced: kube-openapi's openapi-gen reads the Go doc comments through gengo
(go/ast CommentGroup.Text), formats them with `generateDescription`, appends the
"Possible enum values" paragraph for `+enum` string types, and marks a field
required unless it carries `+optional` or `omitempty` (`+required` wins).

Why the Go sources and not the published OpenAPI v3 JSON: the v3 JSON
(kubernetes/kubernetes api/openapi-spec/v3/api__v1_openapi.json) lives only in the
kubernetes/kubernetes repository, which is too large to fetch here; the smaller
copies (client-go openapi/openapitest/testdata, kubectl testdata) are from 1.32.
`--check-openapi FILE` compares what this script derives with such a JSON document
(run it on the API sources of the same version to prove the derivation exact).

Inputs (plain checkouts or `git show` dumps of the upstream repositories):
  --api DIR           k8s.io/api checkout (reads core/v1/*.go)
  --apimachinery DIR  k8s.io/apimachinery checkout (meta/v1, resource, intstr, runtime, types)
  --out FILE          where to write the schema data file

Output format (UTF-8, one record a line, fields separated by TAB, text escaped with
\\n \\t \\\\):
  T <Name> <GoName> <kind> <description>         a type (kind: struct, quantity,
                                                  intorstring, time, microtime, fieldsv1,
                                                  rawextension)
  F <json> <flags> <gotype> <description> [<enum values joined by \\x1f>]
                                                  a field of the preceding struct, in Go
                                                  declaration order (inlined members flattened);
                                                  flags: 1 required, 2 omitted by json.Marshal
                                                  when it holds its zero value (`omitzero`, or
                                                  `omitempty` on a type other than a struct)
  N <GoName> <underlying gotype>                  a named non-struct Go type
  K <Kind> <resource> <singular> <shortnames,...> <TypeName> [<group>]
                                                  an API kind served (core unless a group)
Lines come in the order K, N (sorted), T with its F lines (sorted by type name within each
generation of KINDS, see there).
Go type grammar: `*T`, `[]T`, `map[K]V`, builtin names, `pkg.Name` (struct or N entry).
A description written `@N` repeats the N-th description (0-based, T and F lines in file order).

Usage (from checkouts of the upstream repositories at the wanted version):
  python3 scripts/gen-schema.py --api API_DIR --apimachinery APIMACHINERY_DIR \
      --out core/src/schema/v1.schema
  python3 scripts/gen-schema.py ... --check-openapi api__v1_openapi.json [--ignore-enums]
"""

import argparse
import json
import os
import re
import sys

# ---------------------------------------------------------------------------
# Go source reading (just enough of Go for the API type files)
# ---------------------------------------------------------------------------


def is_directive(c):
    """go/ast isDirective (the // already removed)."""
    if c.startswith("line ") or c.startswith("extern ") or c.startswith("export "):
        return True
    colon = c.find(":")
    if colon <= 0 or colon + 1 >= len(c):
        return False
    for i in range(0, colon + 2):
        if i == colon:
            continue
        b = c[i]
        if not ("a" <= b <= "z" or "0" <= b <= "9"):
            return False
    return True


def comment_text_lines(raw_lines):
    """go/ast CommentGroup.Text() followed by gengo splitLines()."""
    lines = []
    for raw in raw_lines:
        c = raw.strip()
        assert c.startswith("//"), raw
        c = c[2:]
        if len(c) > 0:
            if c[0] == " ":
                c = c[1:]
            elif is_directive(c):
                continue
        lines.append(c.rstrip(" \t\n\r"))
    out = []
    for line in lines:
        if line != "" or (len(out) > 0 and out[-1] != ""):
            out.append(line)
    text = "\n".join(out)
    if out and out[-1] != "":
        text += "\n"
    return text.rstrip("\n").split("\n")


def extract_comment_tags(lines):
    tags = {}
    for line in lines:
        line = line.strip(" ")
        if not line.startswith("+"):
            continue
        body = line[1:]
        key, _, value = body.partition("=")
        tags.setdefault(key, []).append(value)
    return tags


TYPE_RE = re.compile(r"^type\s+(\w+)\s+(=\s*)?(.*?)\s*(//.*)?$")
FIELD_RE = re.compile(r"^(\w+)\s+([^`/]+?)\s*(`[^`]*`)?\s*(//.*)?$")
EMBED_RE = re.compile(r"^(\*?[\w.]+)\s*(`[^`]*`)?\s*(//.*)?$")
CONST_RE = re.compile(r'^(\w+)(\s+[\w.]+)?\s*=\s*(.*?)\s*(//.*)?$')


class GoPackage:
    def __init__(self, path, short):
        self.path = path
        self.short = short
        self.imports = {}
        self.types = {}  # name -> dict
        self.consts = []  # (name, type or None, value, comment_lines)


def parse_go_file(pkg, text):
    lines = text.split("\n")
    i = 0
    pending = []
    n = len(lines)

    def take_comment():
        nonlocal pending
        c = comment_text_lines(pending) if pending else []
        pending = []
        return c

    while i < n:
        line = lines[i]
        s = line.strip()
        i += 1
        if s.startswith("/*"):
            while i <= n and "*/" not in lines[i - 1]:
                i += 1
            pending = []
            continue
        if s.startswith("//"):
            pending.append(s)
            continue
        if s == "":
            pending = []
            continue
        if s.startswith("import ("):
            while i < n and lines[i].strip() != ")":
                imp = lines[i].strip()
                i += 1
                m = re.match(r'^(\w+\s+)?"([^"]+)"', imp)
                if m:
                    alias = (m.group(1) or "").strip() or m.group(2).split("/")[-1]
                    pkg.imports[alias] = m.group(2)
            i += 1
            pending = []
            continue
        if s.startswith("import "):
            m = re.match(r'^import\s+(\w+\s+)?"([^"]+)"', s)
            if m:
                alias = (m.group(1) or "").strip() or m.group(2).split("/")[-1]
                pkg.imports[alias] = m.group(2)
            pending = []
            continue
        if s.startswith("const ("):
            pending = []
            last_type = None
            while i < n and lines[i].strip() != ")":
                cs = lines[i].strip()
                i += 1
                if cs.startswith("//"):
                    pending.append(cs)
                    continue
                if cs == "":
                    pending = []
                    continue
                m = CONST_RE.match(cs)
                doc = take_comment()
                if m:
                    ctype = (m.group(2) or "").strip() or None
                    val = m.group(3)
                    if val.startswith('"') and val.endswith('"'):
                        pkg.consts.append((m.group(1), ctype, json.loads(val), doc))
                    last_type = ctype
            i += 1
            continue
        if s.startswith("const "):
            m = CONST_RE.match(s[len("const "):])
            doc = take_comment()
            if m:
                ctype = (m.group(2) or "").strip() or None
                val = m.group(3)
                if val.startswith('"') and val.endswith('"'):
                    pkg.consts.append((m.group(1), ctype, json.loads(val), doc))
            continue
        if s.startswith("type "):
            doc = take_comment()
            m = TYPE_RE.match(s)
            if not m:
                continue
            name, is_alias, rest = m.group(1), m.group(2), m.group(3)
            if rest.startswith("struct"):
                members = []
                if rest.endswith("{}"):
                    pkg.types[name] = {"kind": "struct", "doc": doc, "members": members}
                    continue
                depth = 1
                mpending = []
                while i < n:
                    ms = lines[i].strip()
                    i += 1
                    if ms == "}" and depth == 1:
                        break
                    if ms.startswith("/*"):
                        while i <= n and "*/" not in lines[i - 1]:
                            i += 1
                        mpending = []
                        continue
                    if ms.startswith("//"):
                        mpending.append(ms)
                        continue
                    if ms == "":
                        mpending = []
                        continue
                    mdoc = comment_text_lines(mpending) if mpending else []
                    mpending = []
                    if "struct {" in ms or "struct{" in ms and not ms.endswith("{}"):
                        raise SystemExit("anonymous struct member not supported: %s.%s" % (name, ms))
                    fm = FIELD_RE.match(ms)
                    em = EMBED_RE.match(ms)
                    if em and (not fm or fm.group(2).startswith("`")):
                        tname = em.group(1)
                        tag = (em.group(2) or "")[1:-1]
                        members.append({"name": tname.lstrip("*").split(".")[-1], "type": tname,
                                        "tag": tag, "doc": mdoc, "embedded": True})
                    elif fm:
                        tag = (fm.group(3) or "")[1:-1]
                        members.append({"name": fm.group(1), "type": fm.group(2).strip(),
                                        "tag": tag, "doc": mdoc, "embedded": False})
                    else:
                        raise SystemExit("cannot parse member of %s: %r" % (name, ms))
                pkg.types[name] = {"kind": "struct", "doc": doc, "members": members}
            elif rest.startswith("interface"):
                depth = 1 if rest.endswith("{") else 0
                while depth > 0 and i < n:
                    depth += lines[i].count("{") - lines[i].count("}")
                    i += 1
            else:
                pkg.types[name] = {"kind": "alias" if is_alias else "named", "doc": doc,
                                   "underlying": rest}
            continue
        # func / var / anything else: skip balanced braces
        pending = []
        depth = s.count("{") - s.count("}")
        if s.startswith("var (") or s.endswith("("):
            while i < n and lines[i].strip() != ")":
                i += 1
            i += 1
            continue
        while depth > 0 and i < n:
            depth += lines[i].count("{") - lines[i].count("}")
            i += 1


# ---------------------------------------------------------------------------
# kube-openapi description formatting
# ---------------------------------------------------------------------------


def generate_description(comment_lines):
    buf = []

    def del_prev():
        if buf:
            last = buf.pop()
            if len(last) > 1:
                buf.append(last[:-1])

    for line in comment_lines:
        if line == "---":
            break
        line = line.rstrip(" ")
        leading = line.lstrip(" ")
        if len(line) == 0:
            del_prev()
            buf.append("\n\n")
        elif leading.startswith("TODO"):
            pass
        elif leading.startswith("+"):
            pass
        else:
            if line.startswith(" ") or line.startswith("\t"):
                del_prev()
                line = "\n" + line + "\n"
            else:
                line += " "
            buf.append(line)
    return "".join(buf).strip(" \t\n\r\v\f")


def go_quote(s):
    """Go %q for the ASCII strings used as enum values."""
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        else:
            out += ch
    return out + '"'


# ---------------------------------------------------------------------------
# Universe: packages, type resolution
# ---------------------------------------------------------------------------

META = "k8s.io/apimachinery/pkg/apis/meta/v1"
CORE = "k8s.io/api/core/v1"
APPS = "k8s.io/api/apps/v1"
BATCH = "k8s.io/api/batch/v1"
DISCOVERY = "k8s.io/api/discovery/v1"
SCHEDULING_V1 = "k8s.io/api/scheduling/v1"
SCHEDULING = "k8s.io/api/scheduling/v1alpha3"
RESOURCE = "k8s.io/apimachinery/pkg/api/resource"
INTSTR = "k8s.io/apimachinery/pkg/util/intstr"
RUNTIME = "k8s.io/apimachinery/pkg/runtime"
TYPES = "k8s.io/apimachinery/pkg/types"

# Types whose JSON form is custom (UnmarshalJSON / OpenAPI definition methods).
SPECIAL = {
    (RESOURCE, "Quantity"): "quantity",
    (INTSTR, "IntOrString"): "intorstring",
    (META, "Time"): "time",
    (META, "MicroTime"): "microtime",
    (META, "FieldsV1"): "fieldsv1",
    (RUNTIME, "RawExtension"): "rawextension",
}

MODEL_PREFIX = {
    CORE: "io.k8s.api.core.v1.",
    APPS: "io.k8s.api.apps.v1.",
    BATCH: "io.k8s.api.batch.v1.",
    DISCOVERY: "io.k8s.api.discovery.v1.",
    SCHEDULING_V1: "io.k8s.api.scheduling.v1.",
    SCHEDULING: "io.k8s.api.scheduling.v1alpha3.",
    META: "io.k8s.apimachinery.pkg.apis.meta.v1.",
    RESOURCE: "io.k8s.apimachinery.pkg.api.resource.",
    INTSTR: "io.k8s.apimachinery.pkg.util.intstr.",
    RUNTIME: "io.k8s.apimachinery.pkg.runtime.",
}

BUILTINS = {"string", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
            "uint16", "uint32", "uint64", "float32", "float64", "byte", "interface{}", "any"}


def load_package(path, short, directory, only=None):
    pkg = GoPackage(path, short)
    for fname in sorted(os.listdir(directory)):
        if not fname.endswith(".go") or fname.endswith("_test.go"):
            continue
        if fname.startswith("zz_generated") or fname.startswith("generated"):
            continue
        if only and fname not in only:
            continue
        with open(os.path.join(directory, fname), encoding="utf-8") as f:
            parse_go_file(pkg, f.read())
    return pkg


class Universe:
    def __init__(self, packages):
        self.pkgs = {p.path: p for p in packages}

    def resolve(self, pkg, expr):
        """Parse a Go type expression into a tree; named types become ('named', path, name)."""
        expr = expr.strip()
        if expr.startswith("*"):
            return ("ptr", self.resolve(pkg, expr[1:]))
        if expr.startswith("[]"):
            return ("slice", self.resolve(pkg, expr[2:]))
        if expr.startswith("map["):
            depth = 0
            for j, ch in enumerate(expr):
                if ch == "[":
                    depth += 1
                elif ch == "]":
                    depth -= 1
                    if depth == 0:
                        break
            return ("map", self.resolve(pkg, expr[4:j]), self.resolve(pkg, expr[j + 1:]))
        if expr in BUILTINS:
            return ("builtin", "interface{}" if expr == "any" else expr)
        if "." in expr:
            alias, name = expr.split(".", 1)
            path = pkg.imports.get(alias)
            if path is None:
                raise SystemExit("unknown import %s in %s" % (alias, pkg.path))
            return ("named", path, name)
        return ("named", pkg.path, expr)

    def typedef(self, path, name):
        p = self.pkgs.get(path)
        if p is None or name not in p.types:
            raise SystemExit("type %s.%s not loaded" % (path, name))
        return p.types[name]

    def short(self, path):
        return self.pkgs[path].short


def go_type_string(u, t):
    """reflect.Type.String() of a resolved type."""
    k = t[0]
    if k == "ptr":
        return "*" + go_type_string(u, t[1])
    if k == "slice":
        return "[]" + go_type_string(u, t[1])
    if k == "map":
        return "map[" + go_type_string(u, t[1]) + "]" + go_type_string(u, t[2])
    if k == "builtin":
        # byte is an alias of uint8: reflect (and so the API server's decoding errors) says
        # `[]uint8` for a `[]byte` field such as ConfigMap.binaryData.
        return "uint8" if t[1] == "byte" else t[1]
    return u.short(t[1]) + "." + t[2]


class Generator:
    def __init__(self, universe):
        self.u = universe
        self.enums = self.find_enums()
        self.structs = {}  # (path,name) -> record
        self.named = {}  # go name -> underlying string
        self.order = []

    def find_enums(self):
        enums = {}
        for p in self.u.pkgs.values():
            for name, td in p.types.items():
                if td["kind"] == "named" and td["underlying"] == "string" and "enum" in extract_comment_tags(td["doc"]):
                    enums[(p.path, name)] = []
        for p in self.u.pkgs.values():
            for cname, ctype, value, doc in p.consts:
                if ctype is None:
                    continue
                t = self.u.resolve(p, ctype)
                if t[0] != "named":
                    continue
                key = (t[1], t[2])
                if key not in enums:
                    continue
                comment = " ".join(doc) if doc else ""
                values = enums[key]
                for idx, (en, ev, ec) in enumerate(values):
                    if ev == value:
                        if len(ec) < len(comment) or (len(ec) == len(comment) and ec > comment):
                            values[idx] = (cname, value, comment)
                        break
                else:
                    values.append((cname, value, comment))
        return enums

    def enum_of(self, t):
        if t[0] == "ptr":
            t = t[1]
        if t[0] == "named" and (t[1], t[2]) in self.enums:
            return self.enums[(t[1], t[2])]
        return None

    @staticmethod
    def enum_description_lines(values):
        if not values:
            return []
        lines = []
        for name, value, comment in values:
            c = comment.strip()
            if c.startswith(name):
                c = c[len(name):]
            c = re.sub(r"\s+", " ", c.strip())
            lines.append(" - `%s` %s" % (go_quote(value), c))
        lines.sort()
        return ["", "Possible enum values:"] + lines

    def model_name(self, path, name):
        return name

    def visit_type(self, t):
        """Record every struct / named type reachable from t."""
        k = t[0]
        if k in ("ptr", "slice"):
            self.visit_type(t[1])
            return
        if k == "map":
            self.visit_type(t[1])
            self.visit_type(t[2])
            return
        if k == "builtin":
            return
        path, name = t[1], t[2]
        key = (path, name)
        if key in self.structs:
            return
        td = self.u.typedef(path, name)
        pkg = self.u.pkgs[path]
        goname = self.u.short(path) + "." + name
        if td["kind"] in ("named", "alias") and key not in SPECIAL:
            under = self.u.resolve(pkg, td["underlying"])
            if under[0] == "named" and self.u.typedef(under[1], under[2])["kind"] == "struct":
                # `type List metav1.List`: a new struct type with the same members.
                utd = self.u.typedef(under[1], under[2])
                rec = {"name": name, "goname": goname, "path": path, "kind": "struct",
                       "description": generate_description(td["doc"]), "fields": []}
                self.structs[key] = rec
                self.order.append(key)
                self.collect_members(self.u.pkgs[under[1]], utd, rec["fields"])
                return
            self.named[goname] = go_type_string(self.u, under)
            self.structs[key] = None
            self.visit_type(under)
            return
        rec = {"name": name, "goname": goname, "path": path, "kind": SPECIAL.get(key, "struct"),
               "description": generate_description(td["doc"]), "fields": []}
        self.structs[key] = rec
        self.order.append(key)
        if rec["kind"] != "struct":
            return
        self.collect_members(pkg, td, rec["fields"])

    def is_struct_value(self, t):
        """Whether a resolved type is a struct held by value (named types followed)."""
        for _ in range(8):
            if t[0] != "named":
                return False
            if (t[1], t[2]) in SPECIAL:
                return True
            td = self.u.typedef(t[1], t[2])
            if td["kind"] == "struct":
                return True
            t = self.u.resolve(self.u.pkgs[t[1]], td["underlying"])
        return False

    def collect_members(self, pkg, td, fields):
        for m in td["members"]:
            tags = extract_comment_tags(m["doc"])
            if "false" in tags.get("k8s:openapi-gen", []):
                continue
            jm = re.search(r'json:"([^"]*)"', m["tag"])
            json_tag = jm.group(1) if jm else None
            mt = self.u.resolve(pkg, m["type"])
            if m["embedded"] and json_tag is not None and (json_tag == "" or json_tag.startswith(",")):
                inner = mt[1] if mt[0] == "ptr" else mt
                itd = self.u.typedef(inner[1], inner[2])
                self.collect_members(self.u.pkgs[inner[1]], itd, fields)
                continue
            parts = json_tag.split(",") if json_tag else []
            if parts and parts[0] == "-":
                continue
            name = parts[0] if parts else m["name"]
            if name == "":
                continue
            optional_tag = "optional" in tags
            required_tag = "required" in tags
            if optional_tag and required_tag:
                raise SystemExit("both optional and required: " + name)
            omitempty = json_tag is not None and (json_tag.endswith(",omitempty") or ",omitempty," in json_tag)
            required = required_tag or (not optional_tag and not omitempty)
            # What `json.Marshal` does with the field's zero value: `omitzero` leaves it out;
            # `omitempty` does too, except for a struct held by value, which it always writes.
            omit_zero = "omitzero" in parts[1:] or (omitempty and not self.is_struct_value(mt))
            enum = self.enum_of(mt)
            extra = self.enum_description_lines(enum) if enum else []
            desc = generate_description(list(m["doc"]) + extra)
            enum_values = sorted(go_quote(v) for _, v, _ in enum) if enum else []
            enum_values = [json.loads(v) for v in enum_values]
            if len(parts) > 1 and parts[1] == "string":
                raise SystemExit(",string fields not supported: " + name)
            fields.append({"json": name, "required": required, "omit_zero": omit_zero, "gotype": go_type_string(self.u, mt),
                           "description": desc, "enum": enum_values, "t": mt})
            self.visit_type(mt)


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


KINDS = [
    # kind, resource, singular, short names, generation[, group]
    ("Pod", "pods", "pod", ["po"], 0),
    ("Namespace", "namespaces", "namespace", ["ns"], 0),
    ("Node", "nodes", "node", ["no"], 0),
    ("ReplicationController", "replicationcontrollers", "replicationcontroller", ["rc"], 0),
    ("Service", "services", "service", ["svc"], 0),
    ("Event", "events", "event", ["ev"], 0),
    ("ConfigMap", "configmaps", "configmap", ["cm"], 1),
    ("ServiceAccount", "serviceaccounts", "serviceaccount", ["sa"], 1),
    ("Secret", "secrets", "secret", [], 2),
    ("Deployment", "deployments", "deployment", ["deploy"], 3, "apps"),
    ("ReplicaSet", "replicasets", "replicaset", ["rs"], 3, "apps"),
    ("DaemonSet", "daemonsets", "daemonset", ["ds"], 4, "apps"),
    ("Job", "jobs", "job", [], 5, "batch"),
    ("Endpoints", "endpoints", "endpoints", ["ep"], 6),
    ("EndpointSlice", "endpointslices", "endpointslice", [], 6, "discovery.k8s.io"),
    ("PriorityClass", "priorityclasses", "priorityclass", ["pc"], 7, "scheduling.k8s.io"),
    ("List", "", "", [], 0),
]
# The generation of a kind says when it joined the data. Types are written grouped by the
# generation of the first kind reaching them (each group sorted by name), so that serving a
# new kind appends T/F lines after the existing ones and never renumbers the `@N`
# back-references of lines already written (a kind added later gets the next generation).


def build(api_dir, apimachinery_dir):
    core = load_package(CORE, "v1", os.path.join(api_dir, "core/v1"))
    apps = load_package(APPS, "v1", os.path.join(api_dir, "apps/v1"), only={"types.go"})
    batch = load_package(BATCH, "v1", os.path.join(api_dir, "batch/v1"), only={"types.go"})
    # Its Go package is also `v1`: its go names carry the path (`discovery/v1.EndpointPort`),
    # which the reader drops when it prints them, to tell its EndpointPort from core's.
    discovery = load_package(DISCOVERY, "discovery/v1", os.path.join(api_dir, "discovery/v1"), only={"types.go"})
    # Also a `v1` package: its go names carry the path, as discovery's do.
    scheduling_v1 = load_package(SCHEDULING_V1, "scheduling/v1", os.path.join(api_dir, "scheduling/v1"),
                                 only={"types.go"})
    scheduling = load_package(SCHEDULING, "v1alpha3", os.path.join(api_dir, "scheduling/v1alpha3"),
                              only={"types.go"})
    meta = load_package(META, "v1", os.path.join(apimachinery_dir, "pkg/apis/meta/v1"),
                        only={"types.go", "time.go", "micro_time.go", "fieldsv1_byte.go", "duration.go"})
    resource = load_package(RESOURCE, "resource", os.path.join(apimachinery_dir, "pkg/api/resource"),
                            only={"quantity.go"})
    intstr = load_package(INTSTR, "intstr", os.path.join(apimachinery_dir, "pkg/util/intstr"),
                          only={"intstr.go"})
    runtime = load_package(RUNTIME, "runtime", os.path.join(apimachinery_dir, "pkg/runtime"),
                           only={"types.go"})
    types = load_package(TYPES, "types", os.path.join(apimachinery_dir, "pkg/types"),
                         only={"uid.go"})
    u = Universe([core, apps, batch, discovery, scheduling_v1, scheduling, meta, resource, intstr, runtime, types])
    g = Generator(u)
    g.generation = {}
    for kind, _, _, _, generation, *group in sorted(KINDS, key=lambda k: k[4]):
        before = len(g.order)
        package = {"": CORE, "apps": APPS, "batch": BATCH, "discovery.k8s.io": DISCOVERY,
                   "scheduling.k8s.io": SCHEDULING_V1}[group[0] if group else ""]
        g.visit_type(("named", package, kind))
        for key in g.order[before:]:
            g.generation[key] = generation
    names = {}
    for key in g.order:
        rec = g.structs[key]
        # Short names repeat only across packages (core's and discovery's EndpointPort); go
        # names, which resolve types, never do.
        if rec["goname"] in names:
            raise SystemExit("duplicate go type name %s" % rec["goname"])
        names[rec["goname"]] = key
    return g


def write_schema(g, out):
    """Write the data file. A description equal to an earlier one is written as `@N`, N being
    the index of that earlier description among all T/F descriptions of the file."""
    lines = ["# kubeplay schema data: Kubernetes core/v1 types (generated by scripts/gen-schema.py; do not edit)"]
    for kind, res, singular, shorts, _, *group in KINDS:
        lines.append("\t".join(["K", kind, res, singular, ",".join(shorts), kind] + group))
    for goname in sorted(g.named):
        lines.append("\t".join(["N", goname, g.named[goname]]))
    seen = {}
    counter = [0]

    def desc(text):
        encoded = esc(text)
        if encoded.startswith("@"):
            raise SystemExit("description starts with @: " + encoded[:40])
        index = counter[0]
        counter[0] += 1
        if encoded in seen and len(encoded) > len(str(seen[encoded])) + 1:
            return "@%d" % seen[encoded]
        seen.setdefault(encoded, index)
        return encoded

    for key in sorted(g.order, key=lambda k: (g.generation[k], g.structs[k]["name"])):
        rec = g.structs[key]
        lines.append("\t".join(["T", rec["name"], rec["goname"], rec["kind"], desc(rec["description"])]))
        for f in rec["fields"]:
            flags = (1 if f["required"] else 0) | (2 if f["omit_zero"] else 0)
            cols = ["F", f["json"], str(flags), f["gotype"], desc(f["description"])]
            if f["enum"]:
                cols.append("\x1f".join(esc(v) for v in f["enum"]))
            lines.append("\t".join(cols))
    data = "\n".join(lines) + "\n"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(data)
    return data


def check_openapi(g, path, ignore_enums=False):
    """Compare derived descriptions/required/enums with an upstream OpenAPI v3 document.

    ignore_enums: the OpenAPI documents checked into kubernetes/kubernetes and its test
    data are generated without enum information (live API servers serve it); compare
    field descriptions without the "Possible enum values" paragraph then.
    """
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    schemas = doc["components"]["schemas"]
    problems = 0
    for key in g.order:
        rec = g.structs[key]
        model = MODEL_PREFIX[rec["path"]] + rec["name"]
        sch = schemas.get(model)
        if sch is None:
            print("MISSING upstream:", model)
            problems += 1
            continue
        if sch.get("description", "") != rec["description"]:
            print("DESC", model, "\n  ours:", repr(rec["description"][:300]), "\n  them:", repr(sch.get("description", "")[:300]))
            problems += 1
        props = sch.get("properties", {})
        ours = {f["json"]: f for f in rec["fields"]}
        if rec["kind"] == "struct" and set(props) != set(ours):
            print("PROPS", model, "only ours:", sorted(set(ours) - set(props)), "only them:", sorted(set(props) - set(ours)))
            problems += 1
        req = set(sch.get("required", []))
        oreq = {f["json"] for f in rec["fields"] if f["required"]}
        if rec["kind"] == "struct" and req != oreq:
            print("REQ", model, "ours:", sorted(oreq), "them:", sorted(req))
            problems += 1
        for name, f in ours.items():
            p = props.get(name)
            if p is None:
                continue
            ours_desc = f["description"]
            if ignore_enums and "enum" not in p and f["enum"]:
                ours_desc = ours_desc.split("\n\nPossible enum values:")[0]
                f = dict(f, enum=[])
            if p.get("description", "") != ours_desc:
                print("FDESC", model, name, "\n  ours:", repr(ours_desc), "\n  them:", repr(p.get("description", "")))
                problems += 1
            if p.get("enum", []) != f["enum"]:
                print("ENUM", model, name, f["enum"], p.get("enum"))
                problems += 1
    print("problems:", problems)
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--api", required=True)
    ap.add_argument("--apimachinery", required=True)
    ap.add_argument("--out")
    ap.add_argument("--check-openapi")
    ap.add_argument("--ignore-enums", action="store_true")
    args = ap.parse_args()
    g = build(args.api, args.apimachinery)
    if args.out:
        write_schema(g, args.out)
    if args.check_openapi:
        sys.exit(1 if check_openapi(g, args.check_openapi, args.ignore_enums) else 0)


if __name__ == "__main__":
    main()

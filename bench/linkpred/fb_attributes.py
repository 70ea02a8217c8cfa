#!/usr/bin/env python3
"""Convert SNAP ego-Facebook profile features into pln's attribute format.

Reads DATA/snap-ego-Facebook/facebook/<ego>.{feat,egofeat,featnames} and writes
`node<TAB>key=value ...` lines to stdout. Node ids are global (as in
facebook_combined.txt); a node present in several ego networks gets the union of
its features. The anonymized value number ("anonymized feature N") identifies a
value across egos, so "same employer" is comparable everywhere.

Mapping (profile-like categories only; name, gender, birthday, locale, languages
and political/religious fields are left out, as a PLN profile would not use them):
  work;employer            -> org=      (first; more become groups via org=)
  work;position            -> skill=
  education;concentration  -> field=
  education;school         -> group=school:N
  education;degree         -> group=degree:N
  education;year           -> group=year:N  (cohort)
  education;type           -> left out (high school / college: too coarse)
  location / hometown      -> group=location:N / group=hometown:N
  work;location            -> group=worklocation:N
"""
import os
import sys

MAP = {
    "work;employer;id": ("org", ""),
    "work;position;id": ("skill", ""),
    "education;concentration;id": ("field", ""),
    "education;school;id": ("group", "school:"),
    "education;degree;id": ("group", "degree:"),
    "education;year;id": ("group", "year:"),
    "location;id": ("group", "location:"),
    "hometown;id": ("group", "hometown:"),
    "work;location;id": ("group", "worklocation:"),
}


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
    folder = os.path.join(data, "snap-ego-Facebook", "facebook")
    egos = sorted({f.split(".")[0] for f in os.listdir(folder) if f.endswith(".featnames")}, key=int)
    attrs = {}
    for ego in egos:
        names = []
        with open(os.path.join(folder, ego + ".featnames")) as fh:
            for line in fh:
                _, name = line.rstrip("\n").split(" ", 1)
                category, _, value = name.rpartition(";anonymized feature ")
                names.append((category, value))

        def add(node, bits):
            keep = attrs.setdefault(node, [])
            for i, bit in enumerate(bits):
                if bit != "1":
                    continue
                category, value = names[i]
                if category in MAP:
                    key, prefix = MAP[category]
                    kv = "%s=%s%s" % (key, prefix, value)
                    if kv not in keep:
                        keep.append(kv)

        with open(os.path.join(folder, ego + ".feat")) as fh:
            for line in fh:
                parts = line.split()
                add(parts[0], parts[1:])
        with open(os.path.join(folder, ego + ".egofeat")) as fh:
            add(ego, fh.read().split())
    out = sys.stdout
    for node in sorted(attrs, key=int):
        if attrs[node]:
            out.write(node + "\t" + " ".join(attrs[node]) + "\n")


if __name__ == "__main__":
    main()

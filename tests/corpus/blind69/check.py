#!/usr/bin/env python3
"""Parses every .eml, checks for defects, decodes text parts, verifies labels.json, prints counts + digest."""
import collections, hashlib, json, os, sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from generate import ordered, PREFIX, RIGHTS  # noqa: E402


def shape(m):
    if m.is_multipart():
        return m.get_content_type() + "[" + ",".join(shape(p) for p in m.iter_parts()) + "]"
    return m.get_content_type()


def main():
    ok = True
    recs = ordered()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    if len(files) != len(recs) or len(labels) != len(recs):
        print("FAIL count mismatch", len(files), len(recs), len(labels)); ok = False
    c = collections.Counter(); rights = collections.Counter(); hdrs = collections.Counter()
    shapes = collections.Counter(); ctes = collections.Counter(); atts = collections.Counter()
    digest = hashlib.sha256()
    for n, (f, r) in enumerate(zip(files, recs), 1):
        exp = "%s-%04d.eml" % (PREFIX, n)
        lab = labels.get(f)
        if f != exp or lab is None or lab["key"] != r["key"] or lab["rights"] != sorted(r["rights"]):
            print("FAIL label", f, r["key"]); ok = False
        if not set(r["rights"]) <= RIGHTS:
            print("FAIL rights", f); ok = False
        data = open(os.path.join(HERE, f), "rb").read()
        digest.update(f.encode() + b"\0" + data + b"\0")
        m = BytesParser(policy=policy.default).parsebytes(data)
        for part in m.walk():
            if part.defects:
                print("FAIL defects", f, part.defects); ok = False
            if part.get_content_maintype() == "text":
                try:
                    t = part.get_content()
                    assert isinstance(t, str)
                except Exception as e:
                    print("FAIL decode", f, e); ok = False
                if part.get_content_disposition() != "attachment":
                    ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
            if part.get_content_disposition() == "attachment":
                atts[part.get_content_type()] += 1
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if m[hname] is None:
                print("FAIL missing", hname, f); ok = False
        for hname in ("Reply-To", "Cc", "In-Reply-To", "References", "X-Mailer", "List-Id", "List-Unsubscribe",
                      "Auto-Submitted", "X-Autoreply", "Precedence"):
            if m[hname] is not None:
                hdrs[hname] += 1
        shapes[shape(m)] += 1
        c["messages"] += 1
        c["lang_" + r["key"][:2]] += 1
        if r["rights"]:
            c["requests"] += 1
            if len(r["rights"]) > 1:
                c["multi_right"] += 1
            for x in r["rights"]:
                rights[x] += 1
        else:
            c["negatives"] += 1
    digest.update(json.dumps(labels, sort_keys=True).encode())
    print("messages:", c["messages"], " requests:", c["requests"], " negatives:", c["negatives"])
    print("languages: fr=%d en=%d" % (c["lang_fr"], c["lang_en"]))
    print("multi-right requests: %d (%.0f%% of requests)" % (c["multi_right"], 100.0 * c["multi_right"] / max(1, c["requests"])))
    print("per right:", dict(sorted(rights.items())))
    print("headers:", dict(sorted(hdrs.items())))
    print("MIME shapes:"); [print("  %3d %s" % (v, k)) for k, v in shapes.most_common()]
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachment types:", dict(sorted(atts.items())))
    for x in sorted(RIGHTS):
        if rights[x] < 12:
            print("FAIL right under 12:", x); ok = False
    print("digest sha256:", digest.hexdigest())
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

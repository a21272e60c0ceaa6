import json, os, email, email.policy, collections, sys
H=os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0,H)
import common, records_fr_req, records_en_req, records_fr_neg, records_en_neg
L=json.load(open(os.path.join(H,"labels.json")))
lang={r['key']:r['lang'] for r in common.RECORDS}
for f in L:
    m=email.message_from_bytes(open(os.path.join(H,f),'rb').read(),policy=email.policy.default)
    assert m['From'] and m['Date'] and m['Message-ID']
    b=m.get_body(preferencelist=('plain','html')); assert b is not None and b.get_content().strip(), f
c=collections.Counter(); req=sum(1 for v in L.values() if v['rights'])
for v in L.values(): c.update(v['rights'])
print("messages",len(L),"requests",req,"negatives",len(L)-req,"multi",sum(len(v['rights'])>1 for v in L.values()))
print("languages",dict(collections.Counter(lang[v['key']] for v in L.values())))
print("rights",dict(sorted(c.items())))

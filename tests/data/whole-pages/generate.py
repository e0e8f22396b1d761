"""Writes site/ (detail and list pages of four layouts) and gold.json from the hand-written pages_*.py."""
import json, os
import layouts, pages_fdb, pages_press, pages_stiftung, pages_eu, pages_fresh

HELD_OUT = ("-09", "-10", "-11")  # about a quarter of each layout; never looked at while tuning
FRESH = ("-12", "-13")  # written after tuning (pages_fresh.py); never tuned on
LAYOUTS = [("fdb", pages_fdb.PAGES + pages_fresh.FDB, layouts.fdb_detail, "card--fundingprogram"),
           ("press", pages_press.PAGES + pages_fresh.PRESS, layouts.press_detail, "teaser"),
           ("stiftung", pages_stiftung.PAGES + pages_fresh.STIFTUNG, layouts.stiftung_detail, "programme-teaser"),
           ("eu", pages_eu.PAGES + pages_fresh.EU, layouts.eu_detail, "call-item")]


def write(path, text):
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


gold = []
for layout, pages, render, cls in LAYOUTS:
    links = []
    for p in pages:
        path = f"/{layout}/programm/{p['id']}.html"
        write("site" + path, render(p))
        name = p["gold"].get("name") or p["name"]
        links.append((path, p.get("headline", name)))
        facts = {k: v for k, v in p["gold"].items() if k != "name"}
        gold.append(dict(id=p["id"], layout=layout, path=path, split="fresh" if p["id"].endswith(FRESH) else "heldout" if p["id"].endswith(HELD_OUT) else "tuning", name=name, **facts))
    half = (len(links) + 1) // 2
    first = layouts.list_page(f"Programme ({layout}) – Seite 1", links[:half], cls).replace("</main>", f'<a class="pagination-next" href="/{layout}/liste-2.html">weiter</a></main>')
    write(f"site/{layout}/liste.html", first)
    write(f"site/{layout}/liste-2.html", layouts.list_page(f"Programme ({layout}) – Seite 2", links[half:], cls))

write("gold.json", json.dumps(dict(today="2026-11-21", pages=gold), ensure_ascii=False, indent=1) + "\n")
print(len(gold), "pages,", sum(g["split"] == "heldout" for g in gold), "held out,", sum(g["split"] == "fresh" for g in gold), "fresh")

"""Renders the whole-page evaluation set: four layouts with navigation, cookie banners and footers.

The programme texts are written by hand in pages_*.py; this file only wraps them into page layouts and list pages.
Run `python3 generate.py` in this folder to rewrite site/ and gold.json (the output is committed).
"""
import html

COOKIE = """<div id="cookie-banner" class="cookie-banner" role="dialog"><h2>Datenschutzeinstellungen</h2>
<p>Wir verwenden Cookies, um unsere Website fortlaufend zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.
Anträge auf Löschung Ihrer Daten können Sie bis zum 31.12.2027 formlos stellen.</p>
<button>Alle akzeptieren</button><button>Nur notwendige</button></div>"""

FOOTER = """<footer class="site-footer"><ul><li><a href="/impressum.html">Impressum</a></li><li><a href="/datenschutz.html">Datenschutz</a></li>
<li><a href="/barrierefreiheit.html">Barrierefreiheit</a></li></ul><p>© 2026 – Alle Rechte vorbehalten. Newsletter: Anmeldung bis 15.01.2027 möglich, 100 % kostenlos.</p></footer>"""


def esc(text):
    return html.escape(text, quote=False)


def paragraphs(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.append("<ul>" + "".join(f"<li>{esc(li)}</li>" for li in item) + "</ul>")
        else:
            out.append(f"<p>{esc(item)}</p>")
    return "\n".join(out)


def page(title, body, extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{esc(title)}</title>{extra_head}
<script>window.dataLayer=[{{"event":"Antragsfrist 01.01.2027"}}];</script><style>.x{{color:red}}</style></head>
<body>{COOKIE}
{body}
{FOOTER}
</body></html>
"""


def fdb_detail(p):
    dl = "".join(f"<dt>{esc(k)}:</dt><dd>{esc(v)}</dd>" for k, v in p["box"])
    sections = "".join(f'<h5 class="">{esc(h)}</h5>\n{paragraphs(ps)}\n' for h, ps in p["sections"])
    crumbs = "".join(f"<li>{esc(c)}</li>" for c in ["Startseite", "Förderprogramme", p["crumb"]])
    body = f"""<header class="header"><a class="logo" href="/">Förderdatenbank des Bundes</a>
<nav class="nav nav--main"><ul><li><a href="/fdb/liste.html">Förderprogramme</a></li><li><a href="/fdb/news.html">Aktuelles</a></li><li>Förderberatung: kostenlos und jederzeit erreichbar</li></ul></nav></header>
<main><nav class="breadcrumb"><ol>{crumbs}</ol></nav>
<div class="container container--title"><div class="content"><h1 class="title"> {esc(p["name"])} </h1></div></div>
<div class="container container--headline"><div class="content"><dl class="grid-modul--two-elements document-info-fundingprogram">{dl}
<dt>Ansprechpunkt:</dt><dd class="card"><p>{esc(p.get("contact", "Service-Center"))}</p><p class="locality">10115 Berlin</p><p>Tel: +49 30 1234-0, Sprechzeiten Montag bis Freitag, Antragsberatung bis 31.03.2027</p></dd></dl></div></div>
<div class="container content--main for-aside-right"><div class="content"><div class="rich--text">
{sections}</div></div>
<aside class="sidebar"><a href="javascript:window.print();" class="btn--print">Drucken</a><p>Merkzettel: bis zu 50 Programme speichern</p></aside></div>
</main>"""
    return page(p["name"], body)


def press_detail(p):
    box = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in p["box"])
    parts = [paragraphs(p["lead"])]
    for h, ps in p.get("sections", []):
        parts.append(f"<h2>{esc(h)}</h2>\n{paragraphs(ps)}")
    body = f"""<header class="portal-header"><div class="portal-name">{esc(p["portal"])}</div>
<nav class="main-nav"><ul><li><a href="/">Start</a></li><li><a href="/presse/">Presse</a></li><li><a href="/themen/">Themen</a></li></ul></nav></header>
<main><article class="press-release"><p class="date">Pressemitteilung vom {esc(p["date"])}</p>
<h1>{esc(p["headline"])}</h1>
<div class="article-body">
{"".join(parts)}
</div>
<aside class="auf-einen-blick"><h3>Auf einen Blick</h3><dl>{box}</dl></aside>
<div class="share">Teilen: Facebook · X · E-Mail · Drucken</div>
</article>
<aside class="related"><h2>Weitere Meldungen</h2><ul><li>Ministerin eröffnet Sommerfest – Anmeldung bis 30.06.2027</li><li>Haushalt 2027: 80 Prozent mehr für Kitas</li></ul></aside></main>"""
    return page(p["headline"], body)


def stiftung_detail(p):
    info = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in p["info"])
    sections = "".join(f"<h2>{esc(h)}</h2>\n{paragraphs(ps)}\n" for h, ps in p["sections"])
    body = f"""<header><div class="brand"><span class="brand-name">{esc(p["foundation"])}</span></div>
<nav><a href="/stiftung/">Über uns</a> <a href="/stiftung/foerderung/">Förderung</a> <a href="/stiftung/presse/">Presse</a> <a href="/spenden/">Jetzt spenden – 100 % kommen an</a></nav></header>
<main class="page"><div class="content-col"><h1 class="programme-title">{esc(p["name"])}</h1>
<div class="intro">{paragraphs(p["intro"])}</div>
<div class="text">{sections}</div></div>
<aside class="infobox"><h3>Das Wichtigste in Kürze</h3><dl class="facts">{info}</dl></aside>
<section class="newsletter"><h2>Newsletter</h2><p>Bleiben Sie informiert – die nächste Ausgabe erscheint am 1. Dezember 2026.</p></section></main>"""
    return page(p["name"], body)


def eu_detail(p):
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in p["table"])
    sections = "".join(f"<h3>{esc(h)}</h3>\n{paragraphs(ps)}\n" for h, ps in p.get("sections", []))
    body = f"""<header class="ecl-site-header"><span class="ecl-site-name">EU-Förderung für Kommunen – Informationsportal</span>
<nav><a href="/eu/">Calls</a> <a href="/eu/faq.html">FAQ</a> <a href="/eu/events.html">Info days (next: 10 December 2026)</a></nav>
<div class="language">English | Deutsch</div></header>
<main><h1 class="call-title">{esc(p["name"])}</h1>
<table class="call-facts"><tbody>{rows}</tbody></table>
<div class="call-text">{sections}</div>
<div class="disclaimer">This portal is co-funded at 100% by the European Union. Views expressed are those of the authors.</div></main>"""
    return page(p["name"], body, '<meta name="description" content="EU call">')


def list_page(title, links, cls):
    items = "".join(f'<li class="{cls}"><p class="card--title"><a href="{href}">{esc(t)}</a></p><p>Teaser: bis zu 100.000 Euro</p></li>' for href, t in links)
    return page(title, f"<main><h1>{esc(title)}</h1><ul class=\"results\">{items}</ul></main>")

/** The report's stylesheet, inlined: screen and print (A4, page breaks between major sections). */
export const REPORT_CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee5;--soft:#f4f6f9;--accent:#1f4e79;--go:#1e7b3a;--nogo:#b3261e}
*{box-sizing:border-box}
html{font-size:15px}
body{margin:0;color:var(--ink);background:#e9edf2;font-family:"Noto Sans","Helvetica Neue",Arial,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.5}
main{max-width:1060px;margin:24px auto;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.12)}
section,header.cover{padding:28px 44px;border-bottom:1px solid var(--line)}
h1{font-size:1.9rem;margin:.2em 0;color:var(--accent);letter-spacing:.01em}
h2{font-size:1.3rem;margin:0 0 .8em;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.25em}
h3{font-size:1.05rem;margin:1.2em 0 .5em}
p{margin:.4em 0 .8em}
.subtitle{color:var(--muted);margin-top:0}
.cover{background:linear-gradient(180deg,#f3f6fa,#fff)}
.cover .brand{font-weight:700;color:var(--muted);letter-spacing:.12em;text-transform:uppercase;font-size:.8rem}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.9rem}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--soft);font-weight:600;overflow-wrap:normal;word-break:keep-all}
table.kv th{width:28%}
table.kv td:first-child{overflow-wrap:normal;word-break:keep-all}
table.exposure th:nth-child(1){width:24%}table.exposure th:nth-child(2){width:12%}table.exposure th:nth-child(3){width:20%}table.exposure th:nth-child(4){width:16%}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.hash{font-family:"Noto Sans Mono",Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere}
.sign td{height:2.4em}
.decision{display:flex;align-items:center;gap:18px;margin:8px 0 16px;padding:14px 18px;border-radius:6px;border:2px solid}
.decision.go{border-color:var(--go);background:#eef8f0}
.decision.no_go{border-color:var(--nogo);background:#fcefee}
.decision .verdict{font-size:1.6rem;font-weight:800;white-space:nowrap}
.decision.go .verdict{color:var(--go)}
.decision.no_go .verdict{color:var(--nogo)}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.card{flex:1 1 150px;border:1px solid var(--line);border-radius:6px;padding:8px 12px;background:var(--soft)}
.card .k{font-size:.78rem;color:var(--muted)}
.card .v{font-size:1.25rem;font-weight:700}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8rem;font-weight:600;white-space:nowrap}
.lvl-very_low{background:#d8ecd2;color:#1f3d1a}.lvl-low{background:#a9d39e;color:#1f3d1a}.lvl-moderate{background:#f6d878;color:#4a3b00}.lvl-high{background:#f29b5c;color:#4a1e00}.lvl-very_high{background:#c8372d;color:#fff}.lvl-none{background:#e3e6ea;color:#444}
.sev-critical{background:#7f1d1d;color:#fff}.sev-high{background:#c2410c;color:#fff}.sev-medium{background:#ca8a04;color:#fff}.sev-low{background:#64748b;color:#fff}
.st-open{background:#fde2e1;color:#8a1c14}.st-waived{background:#e0ecff;color:#1d3f7a}.st-baselined{background:#ece7f7;color:#4a2f7a}
.nw{white-space:nowrap}
.pill.block{background:#7f1d1d;color:#fff;margin-top:3px}
.heatmaps{display:flex;flex-wrap:wrap;gap:28px}
.heatmaps figure{margin:0}
figcaption{font-size:.82rem;color:var(--muted);max-width:340px}
svg.heat text{font-family:inherit}
svg.heat .axis{font-size:12px;fill:#5b6472}
svg.heat .axis-title{font-size:12px;fill:#1d2430;font-weight:600}
svg.heat .count{font-size:18px;font-weight:700}
.legend{display:flex;gap:8px;flex-wrap:wrap;margin:6px 0 0}
article.finding{border:1px solid var(--line);border-left:5px solid var(--muted);border-radius:4px;padding:12px 16px;margin:0 0 16px;break-inside:avoid}
article.finding.r-very_high{border-left-color:#c8372d}article.finding.r-high{border-left-color:#f29b5c}article.finding.r-moderate{border-left-color:#e0b93a}article.finding.r-low{border-left-color:#8cc47f}article.finding.r-very_low{border-left-color:#b9dcb0}
article.finding h3{margin:0 0 6px}
.meta{color:var(--muted);font-size:.85rem}
.rid{font-family:"Noto Sans Mono",Consolas,monospace;color:var(--accent);font-weight:700;margin-right:6px}
pre.excerpt{margin:8px 0;background:#0f1722;color:#dbe4ee;border-radius:4px;padding:8px 0;font-size:.8rem;line-height:1.45;overflow-x:auto;white-space:pre}
pre.excerpt span.ln{display:inline-block;width:4.2em;padding-right:.8em;text-align:right;color:#7d8a99;user-select:none}
pre.excerpt span.hl{display:block;background:#5c1f1b;color:#fff}
pre.excerpt span.row{display:block}
ul.reasons{margin:4px 0 8px 18px;padding:0;font-size:.88rem}
.note{font-size:.85rem;color:var(--muted);border-left:3px solid var(--line);padding-left:10px}
.disclaimer{font-size:.85rem;background:#fff8e5;border:1px solid #f0dca0;border-radius:4px;padding:8px 12px}
nav.toc{padding:20px 44px;border-bottom:1px solid var(--line)}
nav.toc ol{columns:2;margin:0;padding-left:1.3em}
a.rid-link,td a{white-space:nowrap}
nav.toc a{color:var(--accent);text-decoration:none}
footer{padding:18px 44px;font-size:.8rem;color:var(--muted)}
@media print{
  @page{size:A4;margin:16mm 14mm}
  html{font-size:10.5pt}
  body{background:#fff}
  main{box-shadow:none;margin:0;max-width:none}
  section,header.cover{padding:0 0 10mm;border:0}
  header.cover,#summary,#data-map,#findings,#register,#exposure,#rules{break-before:page}
  header.cover{break-before:auto}
  nav.toc{display:none}
  figure,.decision,.cards,table.kv,table.sign{break-inside:avoid}
  h2,h3{break-after:avoid}
  tr{break-inside:avoid}
  thead{display:table-header-group}
  pre.excerpt{white-space:pre-wrap;background:#f4f4f4;color:#000}
  pre.excerpt span.hl{background:#ffd7d2;color:#000}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

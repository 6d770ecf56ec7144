"""The honored people gallery (paged, so no page grows with the data set) and a page each."""

from ..markup import render_markdown
from . import search_info
from .context import HOME, SiteContext
from .page import Crumb, Page
from .pagination import paginate
from .summaries import exemplar_entry

GALLERY = Crumb("Khen thưởng", "khen-thuong/")
PAGE_SIZE = 48


def exemplar_pages(site: SiteContext) -> list[Page]:
    records = sorted(site.dataset.exemplars, key=lambda r: (-r.exemplar.year, r.exemplar.name))
    pages = [_exemplar_page(site, record) for record in records]
    for chunk in paginate("khen-thuong/", records, PAGE_SIZE):
        pages.append(
            Page(
                url=chunk.url,
                title="Tập thể, cá nhân được khen thưởng" + (f" – trang {chunk.number}" if chunk.number > 1 else ""),
                template="gallery.html",
                breadcrumbs=[HOME] if chunk.number == 1 else [HOME, GALLERY],
                description="Điển hình tiên tiến, người tốt việc tốt được khen thưởng trong các phong trào thi đua.",
                illustrative=any(r.illustrative for r in chunk.items),
                context={"cards": [exemplar_entry(site, r) for r in chunk.items], "pages": chunk.pager},
            )
        )
    return pages


def _exemplar_page(site: SiteContext, record) -> Page:
    exemplar = record.exemplar
    campaign = site.dataset.campaign(exemplar.campaign) if exemplar.campaign else None
    source = site.source_file(record)
    entry = exemplar_entry(site, record)
    return Page(
        url=site.exemplar_url(record),
        title=exemplar.name,
        template="exemplar.html",
        breadcrumbs=[HOME, GALLERY],
        description=f"{exemplar.name} – {exemplar.award} ({site.place_line(record.unit)}, {exemplar.year})",
        source=source,
        search=search_info.for_unit(site, "exemplar", record.unit, exemplar.year),
        illustrative=record.illustrative,
        updated=site.options.updated.get(source),
        dated=exemplar.decision.date.iso(),
        photos={entry["photo"]["url"]: record.photo} if entry["photo"] else {},
        context={
            "entry": entry,
            "locality": site.unit_link(record.unit),
            "decision": {
                "number": exemplar.decision.number,
                "date": exemplar.decision.date.vietnamese(),
                "issuer": exemplar.decision.issuer,
            },
            "achievement": render_markdown(exemplar.achievement),
            "campaign": campaign and {"title": campaign.campaign.title, "url": site.campaign_url(campaign)},
            "edit_url": site.edit_url(source),
        },
    )

"""The campaign page: everything the plan says, verbatim, with structured values beside it."""

from ..dataset import CampaignRecord
from ..model.campaign import ISSUER_TYPES, Campaign, Item, TargetGroup
from . import search_info
from .context import HOME, SiteContext
from .exemplar_pages import honored_summary
from .formatting import describe_value
from .page import Crumb, Page
from .results_view import PlanResults, plan_results


def campaign_page(site: SiteContext, record: CampaignRecord) -> Page:
    campaign = record.campaign
    unit = record.unit
    title = f"{campaign.document.type.capitalize()} thi đua năm {campaign.year} – {unit.name}"
    crumbs = [HOME, Crumb("Kế hoạch theo năm", "nam/"), Crumb(f"Năm {campaign.year}", site.year_url(campaign.year))]
    source = site.source_file(record)
    results = plan_results(site, record)
    return Page(
        url=site.campaign_url(record),
        title=title,
        template="campaign.html",
        description=summary(campaign, site.place_line(unit)),
        breadcrumbs=crumbs,
        source=source,
        search=search_info.for_unit(site, "campaign", unit, campaign.year),
        updated=site.options.updated.get(source),
        dated=campaign.document.issued.iso(),
        context={
            "header": _header(site, record),
            "themes": [site.inline(t) for t in campaign.themes],
            "theme_text": [site.markdown(t) for t in campaign.theme_text],
            "slogans": [site.inline(s) for s in campaign.slogans],
            "preamble": [site.markdown(p) for p in campaign.preamble],
            "purposes": [site.markdown(p) for p in campaign.purposes],
            "requirements": [site.markdown(p) for p in campaign.requirements],
            "goals": [site.markdown(p) for p in campaign.goals],
            "legal_basis": [_document(d) for d in campaign.legal_basis],
            "references": [_document(d) for d in campaign.references],
            "movements": [
                {
                    "as_written": m.as_written,
                    "name": site.dataset.movements[m.id].name,
                    "url": site.movement_url(m.id),
                }
                for m in campaign.movements
            ],
            "occasions": [_occasion(o) for o in campaign.occasions],
            "target_groups": _groups(site, campaign, results),
            "results": results,
            "target_count": campaign.target_count(),
            "content": [_item(site, i) for i in campaign.content],
            "period": campaign.period and {
                "text": campaign.period.text,
                "start": campaign.period.start and campaign.period.start.short(),
                "end": campaign.period.end and campaign.period.end.short(),
            },
            "phases": [
                {
                    "label": p.label,
                    "name": p.name,
                    "start": p.start and p.start.short(),
                    "end": p.end and p.end.short(),
                    "text": site.markdown(p.text),
                    "occasions": [_occasion(o) for o in p.occasions],
                    "review": site.markdown(p.review),
                }
                for p in campaign.phases
            ],
            "award_criteria": campaign.award_criteria and {
                "heading": campaign.award_criteria.heading,
                "collectives": [site.inline(c) for c in campaign.award_criteria.collectives],
                "individuals": [site.inline(c) for c in campaign.award_criteria.individuals],
            },
            "dossier": campaign.dossier and {
                "documents": [site.inline(d) for d in campaign.dossier.documents],
                "deadline": campaign.dossier.deadline and campaign.dossier.deadline.vietnamese(),
                "deadline_text": campaign.dossier.deadline_text,
            },
            "duties": [_item(site, i) for i in campaign.duties],
            "closing": site.markdown(campaign.closing),
            "recipients": campaign.recipients,
            "source_text": record.source_text,
            "abbreviations": site.abbreviations_in(campaign.model_dump_json()),
            "source_url": campaign.source.url if campaign.source else None,
            "honored": honored_summary(site, site.exemplars_by_campaign.get(record.id, []), site.campaign_url(record)),
            "edit_url": site.edit_url(source),
        },
    )


def summary(campaign: Campaign, place: str) -> str:
    theme = campaign.themes[0] if campaign.themes else campaign.title
    return f"{place} – năm {campaign.year}: {theme}".replace("*", "")


def _header(site: SiteContext, record: CampaignRecord) -> dict:
    document = record.campaign.document
    unit = record.unit
    chain = [*site.dataset.register.ancestors(unit), unit]
    return {
        "place_chain": [site.unit_link(u) for u in chain],
        "code": unit.code,
        "name_as_written": record.campaign.locality.name_as_written,
        "current": [
            site.unit_link(u) | {"province": None if u.level == "province" else site.localities.province(u).name}
            for u in site.current_units(unit)
        ],
        "year": record.campaign.year,
        "year_url": site.year_url(record.campaign.year),
        "number": document.as_written,
        "draft": document.is_draft,
        "issued": document.issued.vietnamese(),
        "issued_iso": document.issued.iso(),
        "place": document.place,
        "issuer": document.issuer,
        "issuer_type": None if document.issuer_type == "uy-ban-nhan-dan" else ISSUER_TYPES[document.issuer_type],
        "issuer_header": document.issuer_header,
        "type": document.type,
        "title": record.campaign.title,
        "signer": " · ".join(
            part for part in (document.signer.on_behalf_of, f"{document.signer.title} {document.signer.name}") if part
        ),
        "signed_at": document.signed_at and document.signed_at.strftime("%H:%M:%S ngày %d/%m/%Y"),
        "received_stamp": document.received_stamp,
    }


def _document(ref) -> dict:
    return {
        "verbatim": ref.verbatim,
        "kind": ref.kind,
        "number": ref.number,
        "date": ref.date and ref.date.short(),
        "issuer": ref.issuer,
        "title": ref.title,
    }


def _occasion(occasion) -> dict:
    return {
        "text": occasion.text,
        "date": occasion.date and occasion.date.short(),
        "original": occasion.original and occasion.original.short(),
    }


def _groups(site: SiteContext, campaign: Campaign, results: PlanResults) -> list[dict]:
    rows: dict[int, list[dict]] = {}  # by id() of the group a target belongs to
    for entry in campaign.iter_targets():
        target = entry.target
        rows.setdefault(id(entry.groups[-1]), []).append({
            "depth": entry.depth,
            "anchor": target.id and f"chi-tieu-{target.id}",
            "label": target.label,
            "text": site.inline(target.text),
            "structured": [describe_value(v) for v in target.values],
            "result": results.rows.get(target.id),
        })

    def group(g: TargetGroup, level: int) -> dict:
        return {
            "level": min(level + 1, 6),
            "label": g.label,
            "sector": g.sector,
            "intro": site.inline(g.intro),
            "rows": rows.get(id(g), []),
            "groups": [group(child, level + 1) for child in g.groups],
        }

    return [group(g, 2) for g in campaign.targets]


def _item(site: SiteContext, item: Item) -> dict:
    return {
        "label": item.label,
        "title": item.title,
        "responsible": item.responsible,
        "text": site.markdown(item.text),
        "points": [site.inline(p) for p in item.points],
        "children": [_item(site, child) for child in item.children],
    }

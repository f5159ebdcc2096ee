"""The tabs beside "Details" in the person panel: memberships, relationships and contact
moments (registered in ``person_tabs``), and the pieces they share with the organisation
panel: plain-row table models, inline forms with errors beside their fields, dates."""

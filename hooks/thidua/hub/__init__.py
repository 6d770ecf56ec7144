"""The national hub: a site listing every province site, built from their published open data.

A data folder holding ``trung-tam.yaml`` (thidua.hub.sites) is a hub's: the same generator then
fetches each province site's ``du-lieu/`` (thidua.hub.fetch, never its HTML), checks it
(thidua.hub.opendata) and builds the hub's pages (thidua.hub.pages) in thidua.hub.build.
"""

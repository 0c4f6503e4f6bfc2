"""Tracking over time: deal status histories, pledge states, watchlist matching.

Pure functions over plain values (no database, no HTTP): the store loads what was extracted,
these modules decide, the store writes the result. ``deals`` follows one deal across the whole
ledger; ``pledges`` matches promises with the events that keep them; ``watch`` says which items
a watchlist wants and when an item has changed.
"""

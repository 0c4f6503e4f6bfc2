"""Telling the outside world: watchlist deliveries to a webhook (HTTP POST of JSON) or a JSON Lines file.

No database here: ``dragoman.tracking`` takes due deliveries from the store, sends them with
these functions and writes the outcome back.
"""

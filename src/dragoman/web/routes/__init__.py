"""The app's routers: one module per page family, each page registered with its JSON twin."""

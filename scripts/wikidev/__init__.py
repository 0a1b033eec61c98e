"""Helpers for developing the wiki, shared by the tests and the benchmarks: throwaway fixture wikis
(wikitree), a local server for the built site and Debian's Chromium (siteserver), and the search box driver
(searching)."""

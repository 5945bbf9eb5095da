"""Imported by the fork server of `migkg load --jobs` before it forks workers: the extractor's lazy
parts are built once there, and every worker shares them."""

import gc

from migkg.loaders.read import warm_up

warm_up()
# What the warm-up built lives as long as the workers: kept out of their garbage collections, which
# then neither scan it nor touch (and so copy) the pages they share with the fork server.
gc.freeze()

"""Imported by the fork server of `migkg load --jobs` before it forks workers: the extractor's lazy
parts are built once there, and every worker shares them."""

from migkg.loaders.read import warm_up

warm_up()

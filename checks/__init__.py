"""Built-in check modules, installed as ``profilelint.checks``."""

"""dragoman: a sourced, structured ledger of diplomacy and economic statecraft, built from news."""

__version__ = "0.1.0"

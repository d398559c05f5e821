"""stakegraph: map the stakeholders of migrant and refugee integration."""

__version__ = "0.1.0"

"""CDS Hooks 2.0 for notelint: journal systems call the pre-signing checks in the
clinician's workflow (discovery, a note-signing hook, patient-view, cards, feedback).

- :mod:`.models`   pydantic models of the specification's data model (requests, cards …)
- :mod:`.service`  the services: discovery, context + prefetch → a record, findings → cards
- :mod:`.fetch`    the FHIR server fallback when prefetch is missing (httpx, bounded)
- :mod:`.feedback` accepted / overridden cards in a local DuckDB file, and the report
- :mod:`.cli`      ``notelint feedback report``
"""

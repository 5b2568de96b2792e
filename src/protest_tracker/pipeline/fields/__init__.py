"""Fields of an event: type, state responses, grievances, counts, venues and their cues."""

"""The follow-up queue, the rules that fill it, and its calendar export."""

"""The client dossier: its editor, the briefing, referrals, companies."""

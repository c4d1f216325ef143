"""The client dossier, companies, referrals and the pre-visit briefing."""

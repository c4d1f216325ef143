"""The map page (folium, offline assets) and the data it shows. No Qt here."""

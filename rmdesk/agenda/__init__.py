"""Appointments and client dates for phone calendars: iCalendar export, CalDAV sync,
import, the subscription feed; festivals and China's official holidays. No Qt."""

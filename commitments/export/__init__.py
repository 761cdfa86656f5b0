"""Getting commitments out of and into the store as files: spreadsheets, calendars and charts."""

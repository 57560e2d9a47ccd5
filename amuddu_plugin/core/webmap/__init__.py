"""The public web map: the data encoder, the offline basemap and the export into a folder."""

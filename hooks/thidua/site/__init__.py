"""Page models built from the validated data set, independent of the site engine."""

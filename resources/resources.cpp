// The icons live in the Qt resource system under ":/icons/"; this library carries them.

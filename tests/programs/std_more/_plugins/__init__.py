KIND = 'plugin package'

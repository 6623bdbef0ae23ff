NS = 'namespace member'

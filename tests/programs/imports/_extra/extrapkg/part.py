PART = 'part of extrapkg'

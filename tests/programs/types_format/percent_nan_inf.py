# %-formatting pads nan and inf with zeros under the 0 flag, as format() does.
for spec in ['%04G', '%05g', '%-06f', '%+07e', '%010.3F', '% 08g']:
    for v in [float('nan'), float('inf'), -float('inf'), float('-nan')]:
        print(repr(spec % v), repr(format(v, spec[1:])))

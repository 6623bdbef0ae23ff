def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise ValueError("bad config") from e

load({})

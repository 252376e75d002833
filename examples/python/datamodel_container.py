# A container class: len, indexing and item assignment, `in`, iteration with
# for and with the standard algorithms (sum, filter, max).
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

    def __setitem__(self, i, song):
        self.songs[i] = song

    def __iter__(self):
        return iter(self.songs)     # a built-in iterator: what __iter__ returns

    def __contains__(self, song):
        return song in self.songs


p = Playlist('intro', 'theme', 'coda')
print(len(p), p[1], 'theme' in p, 'bonus' in p)
p[2] = 'finale'
for song in p:
    print('-', song)
print(sum(len(s) for s in p), [s for s in p if 'e' in s], max(p, key=len))

# A context manager: __enter__ gives the value bound by `as`, __exit__ sees the
# exception the body raised and suppresses it by returning true.
class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []

    def __enter__(self):
        print('begin', self.name)
        return self.log

    def __exit__(self, kind, error, traceback):
        if error is None:
            print('commit', self.name, self.log)
            return False
        print('rollback', self.name, 'after', type(error).__name__ + ':', error)
        return isinstance(error, ValueError)   # a bad value is handled here


with Transaction('t1') as log:
    log.append('a')
    log.append('b')
with Transaction('t2') as log:
    log.append('c')
    raise ValueError('bad amount')
print('after t2')
try:
    with Transaction('t3'):
        raise KeyError('account')
except KeyError as e:
    print('KeyError:', e)

# Names known only at run time, as a serializer or a command shell has them:
# hasattr(o, name) and getattr(o, name) with a string, on an instance (the
# object's own class answers, whatever variable holds it), and on a class. A
# missing name raises AttributeError with Python's message; so does a property
# without a getter; a __getattr__ answers any name.


def attempt(f):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
    except TypeError as e:
        print("TypeError:", e)


class Config:
    scheme = "http"

    def __init__(self, host, port):
        self.host = host
        self.port = port

    @property
    def url(self):
        return f"{self.scheme}://{self.host}:{self.port}"

    secret = property(None, lambda self, value: None)  # write-only


class SecureConfig(Config):
    scheme = "https"


class Anything:
    known = 1

    def __getattr__(self, name):
        return 100 + len(name)


def show(value):
    print(value if isinstance(value, (str, int)) else "<other>")


names = ["host", "port", "scheme", "url", "secret", "certificate", "missing"]
plain = Config("example.org", 80)
secure = SecureConfig("example.org", 443)
secure.certificate = "cert.pem"
configs = [plain, secure]

for name in names:
    print(name, hasattr(plain, name), hasattr(configs[0], name), hasattr(configs[1], name),
          hasattr(Config, name), hasattr(SecureConfig, name))
    attempt(lambda: show(getattr(plain, name)))
    attempt(lambda: show(getattr(secure, name)))
    attempt(lambda: show(getattr(SecureConfig, name)))
for config in configs:
    show(getattr(config, "url"))

anything = Anything()
print(hasattr(anything, "known"), hasattr(anything, "whatever"))
show(getattr(anything, "known"))
show(getattr(anything, "whatever"))

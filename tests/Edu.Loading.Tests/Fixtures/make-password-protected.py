# Opens an .xlsx in headless LibreOffice and saves it with a password (real OOXML encryption).
import subprocess, time, sys, uno
from com.sun.star.beans import PropertyValue

from com.sun.star.beans import NamedValue
def named(n, v):
    x = NamedValue(); x.Name = n; x.Value = v; return x

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

proc = subprocess.Popen(["soffice", "-env:UserInstallation=file:///tmp/lo-profile-broken", "--headless", "--norestore",
                         "--accept=socket,host=127.0.0.1,port=2099;urp;"])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2099;urp;StarOffice.ComponentContext"); break
        except Exception:
            time.sleep(0.5)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    doc = desktop.loadComponentFromURL("file:///tmp/fxsrc/password-protected.xlsx", "_blank", 0, (prop("Hidden", True),))
    doc.storeToURL("file:///tmp/fxsrc/out/password-protected.xlsx",
                   (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True), uno.createUnoStruct("com.sun.star.beans.PropertyValue", "EncryptionData", 0, uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", "secret"), named("CryptoType", "Standard"))), 0)))
finally:
    try: doc.close(True)
    except Exception: pass
    try: desktop.terminate()
    except Exception: pass
    time.sleep(1)
    if proc.poll() is None: proc.kill()

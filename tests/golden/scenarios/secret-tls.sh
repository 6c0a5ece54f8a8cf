# kubectl create secret tls: the pair passes Go's tls.X509KeyPair first (PEM blocks, the
# certificate's public key, the private key as PKCS #1, PKCS #8 or SEC 1, compared), then a
# kubernetes.io/tls Secret holds both files. Keys from tests/fixtures/tls (openssl-made).
kubectl create secret tls web-tls --cert=tests/fixtures/tls/web.crt --key=tests/fixtures/tls/web.key
kubectl get secret web-tls
kubectl describe secret web-tls
kubectl create secret tls ec --cert=tests/fixtures/tls/ec.crt --key=tests/fixtures/tls/ec.key --dry-run=client -o yaml | head -5
kubectl create secret tls rsa1 --cert=tests/fixtures/tls/web.crt --key=tests/fixtures/tls/web-pkcs1.key -o name --dry-run=client
kubectl create secret tls x --cert=tests/fixtures/tls/web.crt --key=tests/fixtures/tls/other.key
kubectl create secret tls x --cert=tests/fixtures/tls/ec.crt --key=tests/fixtures/tls/ec-other.key
kubectl create secret tls x --cert=tests/fixtures/tls/ec.crt --key=tests/fixtures/tls/web.key
kubectl create secret tls x --cert=tests/fixtures/tls/web.key --key=tests/fixtures/tls/web.crt
kubectl create secret tls x --cert=tests/fixtures/tls/web.crt --key=tests/fixtures/tls/web.crt
kubectl create secret tls x --cert=nope.crt --key=tests/fixtures/tls/web.key
kubectl create secret tls x --cert=tests/fixtures/tls/web.crt
kubectl create secret tls web-tls --cert=tests/fixtures/tls/web.crt --key=tests/fixtures/tls/web.key

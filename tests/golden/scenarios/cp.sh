# kubectl cp: the container's own tar over pods/exec streams. Into a pod: `test -d` decides
# whether the source goes inside the destination, then tar -xmf - -C DIR; out of a pod: tar cf -
# (its messages on stdout), untarred into the workspace. Upstream's file-spec errors; a missing
# directory, a missing file, a missing pod and an image without tar.
kubectl run web --image=nginx
kubectl run bb --image=busybox -- sleep 3600
kubeplay wait 30s
cat > notes.txt <<'X'
hello from the workspace
X
mkdir -p site/css
echo '<h1>kubeplay</h1>' > site/index.html
echo 'h1 {color: red}' > site/css/main.css
kubectl cp
kubectl cp notes.txt
kubectl cp web:/a bb:/b
kubectl cp notes.txt other.txt
kubectl cp :x web:/tmp
kubectl cp missing.txt web:/tmp
kubectl cp notes.txt web:/tmp
kubectl exec web -- cat /tmp/notes.txt
kubectl cp notes.txt web:/tmp/renamed.txt
kubectl exec web -- ls /tmp
kubectl cp site web:/usr/share/nginx/html/site
kubectl exec web -- cat /usr/share/nginx/html/site/css/main.css
kubectl exec web -- curl -s localhost/site/index.html
kubectl cp notes.txt web:/nope/dir/x.txt
kubectl cp web:/usr/share/nginx/html/index.html ./index.html
head -4 index.html
kubectl cp web:/usr/share/nginx/html/site ./copy
ls copy copy/css
kubectl cp web:/nope ./nope
kubectl cp default/bb:/etc/hostname bbhost -c bb
cat bbhost
kubectl cp notes.txt nope:/tmp
kubectl run distroless --image=registry.k8s.io/pause:3.10
kubeplay wait 10s
kubectl cp notes.txt distroless:/tmp
echo 'echo piped into $HOSTNAME' | kubectl exec -i bb -- sh
kubectl exec web -- tar cf - /usr/share/nginx/html/site | tar tf -

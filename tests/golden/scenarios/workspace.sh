# The learner's files on the control-plane host (/root): a heredoc into a file, ls, cat, cd,
# mkdir, rm, a redirection; kubectl apply -f reads them (a file, a directory); they persist
# from line to line.
cat > pod.yaml <<'EOF2'
apiVersion: v1
kind: Pod
metadata:
  name: p1
spec:
  containers:
  - name: c
    image: nginx
EOF2
ls
pwd
cat pod.yaml | head -3
kubectl apply -f pod.yaml
echo hello > note.txt
cat note.txt
mkdir manifests
cd manifests
pwd
kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml
ls
cd ..
kubectl apply -f manifests/
kubectl apply -f manifests/web.yaml
ls manifests
cd /nope
rm note.txt
ls
cat nope.txt
kubectl apply -f nope.yaml
cp pod.yaml copy.yaml && mkdir -p backup && cp pod.yaml copy.yaml backup && ls backup
mv copy.yaml moved.yaml; ls
cp backup saved; cp -r backup saved && ls saved
cp pod.yaml copy.yaml nowhere
echo note | tee -a notes.txt > /dev/null; cat notes.txt
basename /root/backup/pod.yaml .yaml; dirname /root/backup/pod.yaml
df -h

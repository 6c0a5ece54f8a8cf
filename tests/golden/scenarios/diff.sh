# kubectl diff: what apply would change, as diff -u shows it; exit 1 when something differs,
# 0 when nothing does; a Secret's values are masked.
cat > app.yaml <<'EOF'
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  color: blue
  size: large
---
apiVersion: v1
kind: Secret
metadata:
  name: token
stringData:
  key: abc
EOF
kubectl diff -f app.yaml; echo "exit $?"
kubectl apply -f app.yaml
kubectl diff -f app.yaml; echo "exit $?"
sed -i 's/color: blue/color: green/; s/key: abc/key: xyz/' app.yaml
kubectl diff -f app.yaml; echo "exit $?"
kubectl diff; echo "exit $?"

# Build the Windows installer from a clean clone (PowerShell, Python 3.11+ and Inno Setup 6
# on PATH as iscc):
#
#     powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1
#
# Makes dist\rmdesk (the one-folder bundle), runs its self-test, then
# dist\rmdesk-<version>-setup.exe with installer\windows\rmdesk.iss.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path
$Version = python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

python -m venv build\bundle-venv
& build\bundle-venv\Scripts\python.exe -m pip install -q --upgrade pip
& build\bundle-venv\Scripts\python.exe -m pip install -q . "pyinstaller>=6.10"

# Translations compiled now: the bundle has no lrelease to compile them on first start.
$Qm = Join-Path $Root "build\qm"
New-Item -ItemType Directory -Force $Qm | Out-Null
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
    & build\bundle-venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm (Join-Path $Qm ($_.BaseName + ".qm"))
}

$env:RMDESK_QM_DIR = $Qm
& build\bundle-venv\Scripts\pyinstaller.exe --noconfirm --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\rmdesk.spec

# The bundle has no console: the self-test writes to a file.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\rmdesk\rmdesk.exe --self-test *> build\self-test.txt
if ($LASTEXITCODE -ne 0) { Get-Content build\self-test.txt; throw "self-test failed" }

iscc /DAppVersion=$Version /DRoot=$Root installer\windows\rmdesk.iss
"Bundle: {0:N0} MB" -f ((Get-ChildItem dist\rmdesk -Recurse | Measure-Object Length -Sum).Sum / 1MB)

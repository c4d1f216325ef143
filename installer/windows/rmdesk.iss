; Inno Setup script for rmdesk (built by build-windows.ps1, which passes AppVersion and
; Root, the clone's folder). Installs per user (no administrator), with a Start-menu
; entry; uninstalling keeps the client book unless the user asks to delete it too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Root
  #define Root "..\.."
#endif

[Setup]
AppId={{6F0C4C0E-6E0A-4B8B-9A47-7D3C1C1F5A21}
AppName=rmdesk
AppVersion={#AppVersion}
AppPublisher=rmdesk
DefaultDirName={autopf}\rmdesk
DefaultGroupName=rmdesk
PrivilegesRequired=lowest
OutputDir={#Root}\dist
OutputBaseFilename=rmdesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icon\rmdesk.ico
UninstallDisplayIcon={app}\rmdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "{#Root}\dist\rmdesk\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\rmdesk"; Filename: "{app}\rmdesk.exe"
Name: "{group}\{cm:UninstallProgram,rmdesk}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\rmdesk.exe"; Description: "{cm:LaunchProgram,rmdesk}"; Flags: nowait postinstall skipifsilent

[Code]
{ The client book lives in %LOCALAPPDATA%\rmdesk (platformdirs): kept on uninstall
  unless the user says to delete it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\rmdesk');
    if DirExists(Data) and (MsgBox('Also delete your client book and its backups in ' + Data +
        '? They cannot be recovered.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES) then
      DelTree(Data, True, True, True);
  end;
end;

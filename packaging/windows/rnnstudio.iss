; Inno Setup 6 script: RNNStudio-Setup-<version>.exe from the PyInstaller bundle.
; Run by packaging/windows/build_windows.ps1, which passes the version (read from
; pyproject.toml) and the folders:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=...\dist\rnnstudio /DOutputDir=...\dist
;            /DRepoDir=... /DIconFile=...\rnnstudio.ico packaging\windows\rnnstudio.iss

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (build_windows.ps1 does)
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\rnnstudio"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef RepoDir
  #define RepoDir "..\.."
#endif

[Setup]
; Never change AppId: Windows uses it to recognise upgrades of the same application.
AppId={{6F0B7C3E-5A0D-4C55-9E2B-2B8E0D6C7A41}
AppName=RNN Studio
AppVersion={#AppVersion}
AppVerName=RNN Studio {#AppVersion}
AppPublisher=RNN Studio developers
DefaultDirName={autopf}\RNN Studio
DefaultGroupName=RNN Studio
DisableProgramGroupPage=yes
; Students often lack administrator rights: let them install for themselves only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#RepoDir}\LICENSE
OutputDir={#OutputDir}
OutputBaseFilename=RNNStudio-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\rnnstudio.exe
UninstallDisplayName=RNN Studio {#AppVersion}
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's Python modules must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\RNN Studio"; Filename: "{app}\rnnstudio.exe"; Comment: "Build, train and look inside recurrent neural networks"
Name: "{autodesktop}\RNN Studio"; Filename: "{app}\rnnstudio.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rnnstudio.exe"; Description: "{cm:LaunchProgram,RNN Studio}"; Flags: nowait postinstall skipifsilent

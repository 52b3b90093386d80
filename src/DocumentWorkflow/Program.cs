using DocumentUploads.DocumentWorkflow;

DocumentWorkflowApp.Build(args).Run();
